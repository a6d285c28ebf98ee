import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../../main/ipc/dispatch';
import type { EventListener } from '../../../../main/ipc/create-engine';
import { serveEngine, type HostPort } from '../../../../main/host/serve-engine';
import type { HostMessage } from '../../../../main/host/protocol';

function fakePort() {
  const posted: HostMessage[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const port: HostPort = { post: (m) => posted.push(m), onMessage: (l) => (deliver = l) };
  return { port, posted, send: (m: unknown) => deliver(m) };
}

function fakeEngine(dispatch: Dispatch) {
  const listeners = new Set<EventListener>();
  return {
    dispatch,
    subscribe: (l: EventListener) => (listeners.add(l), () => listeners.delete(l)),
    emit: (...args: Parameters<EventListener>) => listeners.forEach((l) => l(...args)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serveEngine (the utility-process side)', () => {
  it('says ready, then answers each request under its own id', async () => {
    const dispatch = vi.fn<Dispatch>(async (channel) => ({ ok: true, data: channel }));
    const { port, posted, send } = fakePort();
    serveEngine(fakeEngine(dispatch), port);
    expect(posted).toEqual([{ kind: 'ready' }]);
    send({ kind: 'invoke', id: 7, channel: 'runs:list', input: {} });
    await settle();
    expect(dispatch).toHaveBeenCalledWith('runs:list', {});
    expect(posted[1]).toEqual({ kind: 'result', id: 7, result: { ok: true, data: 'runs:list' } });
  });

  it('forwards engine events to main', () => {
    const engine = fakeEngine(vi.fn());
    const { port, posted } = fakePort();
    serveEngine(engine, port);
    engine.emit('run:event', { type: 'run-failed', runId: 'r', message: 'x' });
    expect(posted[1]).toEqual({ kind: 'event', event: 'run:event', payload: { type: 'run-failed', runId: 'r', message: 'x' } });
  });

  it('drops malformed requests and answers INTERNAL if dispatch ever throws', async () => {
    const dispatch = vi.fn<Dispatch>(async () => {
      throw new Error('boom');
    });
    const { port, posted, send } = fakePort();
    serveEngine(fakeEngine(dispatch), port);
    send({ kind: 'invoke', id: 'x', channel: 'app:info' });
    send(null);
    send({ kind: 'invoke', id: 1, channel: 'app:info', input: {} });
    await settle();
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(posted[1]).toMatchObject({ kind: 'result', id: 1, result: { ok: false, error: { code: 'INTERNAL' } } });
  });
});
