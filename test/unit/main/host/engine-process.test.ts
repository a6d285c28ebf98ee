import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EngineProcess, type HostChild } from '../../../../main/host/engine-process';
import type { HostMessage, HostRequest } from '../../../../main/host/protocol';

/** A stand-in for Electron's UtilityProcess: records what main posts, lets the test answer. */
class FakeChild extends EventEmitter implements HostChild {
  readonly posted: HostRequest[] = [];
  killed = false;
  constructor(readonly projectDir: string | null) {
    super();
  }
  postMessage(message: HostRequest): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
  say(message: HostMessage | unknown): void {
    this.emit('message', message);
  }
  answer(request: HostRequest, data: unknown): void {
    this.say({ kind: 'result', id: request.id, result: { ok: true, data } });
  }
  die(code = 1): void {
    this.emit('exit', code);
  }
}

function setup(options: { maxEagerRestarts?: number; project?: string | null } = {}) {
  const children: FakeChild[] = [];
  const events: Array<[string, unknown]> = [];
  let clock = 0;
  const engine = new EngineProcess(
    {
      fork: (projectDir) => {
        const child = new FakeChild(projectDir);
        children.push(child);
        return child;
      },
      onEvent: (event, payload) => events.push([event, payload]),
      maxEagerRestarts: options.maxEagerRestarts,
      now: () => (clock += 1_000),
    },
    options.project ?? null,
  );
  const latest = () => children[children.length - 1]!;
  return { engine, children, events, latest };
}

const finishedEvent = (runId: string) => ({ type: 'run-finished', runId, status: 'succeeded', tables: [], millis: 1 });

describe('EngineProcess', () => {
  it('holds requests until the host says it is ready', async () => {
    const { engine, latest } = setup();
    const answer = engine.invoke('app:info', {});
    expect(latest().posted).toHaveLength(0);
    latest().say({ kind: 'ready' });
    expect(latest().posted).toEqual([{ kind: 'invoke', id: 1, channel: 'app:info', input: {} }]);
    latest().answer(latest().posted[0]!, { version: '1' });
    await expect(answer).resolves.toEqual({ ok: true, data: { version: '1' } });
  });

  it('matches answers to requests by id, whatever order they come back in', async () => {
    const { engine, latest } = setup(); // the host is forked on the first call
    const first = engine.invoke('runs:list', {});
    const second = engine.invoke('projects:current', {});
    const child = latest();
    child.say({ kind: 'ready' });
    const [a, b] = child.posted;
    child.answer(b!, 'second');
    child.answer(a!, 'first');
    await expect(first).resolves.toEqual({ ok: true, data: 'first' });
    await expect(second).resolves.toEqual({ ok: true, data: 'second' });
    expect(engine.inFlight).toBe(0);
  });

  it('forwards events and ignores malformed messages', () => {
    const { engine, latest, events } = setup();
    engine.start();
    latest().say({ kind: 'event', event: 'run:event', payload: finishedEvent('r1') });
    latest().say({ kind: 'result', id: 'not-a-number' });
    latest().say('garbage');
    latest().say(null);
    expect(events).toEqual([['run:event', finishedEvent('r1')]]);
  });

  it('fails pending requests with INTERNAL when the host dies, and restarts it with the open project', async () => {
    const { engine, children, latest } = setup();
    engine.start();
    latest().say({ kind: 'ready' });
    const open = engine.invoke('projects:open', { path: '/p/demo' });
    latest().answer(latest().posted[0]!, { path: '/p/demo' });
    await open;
    const hanging = engine.invoke('runs:list', {});
    latest().die(134);
    await expect(hanging).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(children).toHaveLength(2);
    expect(latest().projectDir).toBe('/p/demo');
    expect(engine.inFlight).toBe(0);
  });

  it('reports runs interrupted by a crash as failed, but not runs that had finished', () => {
    const { engine, latest, events } = setup();
    engine.start();
    const run = (type: string, runId: string) => latest().say({ kind: 'event', event: 'run:event', payload: { type, runId } });
    run('run-started', 'done');
    run('run-finished', 'done');
    run('run-started', 'busy');
    events.length = 0;
    latest().die();
    expect(events).toEqual([['run:event', expect.objectContaining({ type: 'run-failed', runId: 'busy' })]]);
  });

  it('stops restarting eagerly in a crash loop, but still serves the next request', async () => {
    const { engine, children, latest } = setup({ maxEagerRestarts: 2 });
    engine.start();
    latest().die();
    latest().die();
    latest().die();
    expect(children).toHaveLength(3); // the first plus two eager restarts
    const answer = engine.invoke('app:info', {});
    expect(children).toHaveLength(4);
    latest().say({ kind: 'ready' });
    latest().answer(latest().posted[0]!, 'alive');
    await expect(answer).resolves.toEqual({ ok: true, data: 'alive' });
  });

  it('ignores a dead child that is no longer the current one', () => {
    const { engine, children, latest } = setup();
    engine.start();
    const old = latest();
    old.die();
    expect(children).toHaveLength(2);
    old.die(); // a late second exit from the old child must not kill the new one
    old.say({ kind: 'ready' });
    expect(children).toHaveLength(2);
  });

  it('on stop, fails what is pending, kills the host and never restarts', async () => {
    const { engine, children, latest } = setup();
    const pending = engine.invoke('runs:list', {});
    engine.stop();
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(latest().killed).toBe(true);
    latest().die();
    expect(children).toHaveLength(1);
    await expect(engine.invoke('app:info', {})).resolves.toMatchObject({ ok: false });
    expect(children).toHaveLength(1);
  });
});
