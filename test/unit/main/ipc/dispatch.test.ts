import { describe, expect, it, vi } from 'vitest';
import { channels, type ChannelName } from '../../../../preload/contract';
import { createDispatch } from '../../../../main/ipc/dispatch';
import type { HandlerContext, HandlerMap } from '../../../../main/ipc/handler-types';
import { handlers } from '../../../../main/ipc/handlers';
import { Session } from '../../../../main/ipc/session';
import { UserError } from '../../../../main/engine/errors';

const context: HandlerContext = { session: new Session(null), mode: 'test', emit: () => undefined };

function spyHandlers(): { map: HandlerMap; calls: string[] } {
  const calls: string[] = [];
  const map = Object.fromEntries(
    Object.keys(channels).map((name) => [name, vi.fn(() => { calls.push(name); return null; })]),
  ) as unknown as HandlerMap;
  return { map, calls };
}

describe('the contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channels).sort());
    for (const name of Object.keys(channels)) expect(typeof handlers[name as ChannelName]).toBe('function');
  });

  it('names every channel domain:action', () => {
    for (const name of Object.keys(channels)) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('refuses an invalid payload with VALIDATION before it reaches the handler', async () => {
    const { map, calls } = spyHandlers();
    const dispatch = createDispatch(map, context);
    const cases: [ChannelName, unknown][] = [
      ['projects:open', { path: 42 }],
      ['projects:open', {}],
      ['runs:get', { runId: '' }],
      ['runs:start', { batchSize: -1 }],
      ['runs:start', { unexpected: true }],
      ['projects:create-demo', { path: '/tmp/x', patients: 0 }],
      ['app:info', { extra: 1 }],
      ['connectors:kinds', { extra: 1 }],
      ['connectors:test', {}],
      ['connectors:test', { sourceId: '' }],
      ['connectors:test', { type: 'csv' }],
      ['connectors:discover', { type: 'csv', path: '/x', extra: 1 }],
      ['connectors:preview', { sourceId: 'pas' }],
      ['connectors:preview', { sourceId: 'pas', table: 'patients', limit: 0 }],
      ['connectors:preview', { sourceId: 'pas', table: 'patients', reveal: 'yes' }],
      ['connectors:add', { type: 'csv' }],
      ['connectors:add', { id: 'Bad Id', type: 'csv', path: '/x' }],
      ['connectors:add', { type: 'csv', path: '/x', options: 'delimiter=,' }],
      ['connectors:remove', {}],
      ['profile:start', { tables: 'patients' }],
      ['profile:start', { sourceId: '' }],
      ['profile:cancel', {}],
      ['profile:get', { profileId: 7 }],
      ['profile:get', { reveal: 1 }],
      ['catalog:get', { table: 'x' }],
      ['catalog:templates', { extra: true }],
      ['mapping:pairs', { extra: true }],
    ];
    for (const [channel, input] of cases) {
      const result = await dispatch(channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(calls).toEqual([]);
  });

  it('refuses an unknown channel', async () => {
    const { map, calls } = spyHandlers();
    const result = await createDispatch(map, context)('files:delete', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(calls).toEqual([]);
  });

  it('turns a thrown user error into an error as data, with its place', async () => {
    const { map } = spyHandlers();
    map['projects:open'] = () => {
      throw new UserError('project folder not found', { file: '/nowhere' });
    };
    const result = await createDispatch(map, context)('projects:open', { path: '/nowhere' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: '/nowhere: project folder not found', details: { file: '/nowhere' } },
    });
  });

  it('answers INTERNAL without a stack trace when a handler fails unexpectedly', async () => {
    const { map } = spyHandlers();
    map['runs:list'] = () => {
      throw new TypeError('boom');
    };
    const result = await createDispatch(map, context)('runs:list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).not.toMatch(/at .*\.ts/);
    }
  });

  it('checks what a handler answers against the declared output', async () => {
    const { map } = spyHandlers();
    map['runs:cancel'] = () => ({ cancelled: 'yes' }) as unknown as { cancelled: boolean };
    const result = await createDispatch(map, context)('runs:cancel', { runId: 'r1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
