import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type CutoverApi, type RunEvent } from '../../../preload/contract';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: null as unknown as FakeIpc,
    webUtils: { getPathForFile: (file: { name: string }): string => (file.name === 'pasted.csv' ? '' : `/disk/${file.name}`) },
  };
});

/** ipcRenderer's shape: an emitter (on/removeListener) plus invoke. */
class FakeIpc extends EventEmitter {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: 'answered' }));
}

vi.mock('electron', () => {
  electron.ipcRenderer = new FakeIpc();
  return { contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, webUtils: electron.webUtils };
});

await import('../../../preload/index');
const api = electron.exposed.cutover as CutoverApi;
const ipc = () => electron.ipcRenderer;

const finished: RunEvent = { type: 'run-finished', runId: 'r1', status: 'succeeded', tables: [], millis: 5 };

describe('preload', () => {
  beforeEach(() => {
    ipc().invoke.mockClear();
    ipc().removeAllListeners();
  });

  it('exposes window.cutover with exactly invoke, on and pathForFile', () => {
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it("tells a dropped file's path through webUtils, and null for a file not from disk", () => {
    expect(api.pathForFile({ name: 'patients.csv' } as File)).toBe('/disk/patients.csv');
    expect(api.pathForFile({ name: 'pasted.csv' } as File)).toBeNull();
    electron.webUtils.getPathForFile = () => {
      throw new TypeError('not a File');
    };
    expect(api.pathForFile({} as File)).toBeNull();
  });

  it('sends a contract channel on the invoke channel and answers what main answered', async () => {
    const result = await api.invoke('runs:start', { dryRun: true });
    expect(ipc().invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'runs:start', { dryRun: true });
    expect(result).toEqual({ ok: true, data: 'answered' });
  });

  it('refuses an unknown channel without sending anything', async () => {
    const result = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)('fs:read-file', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const inherited = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)('toString', {});
    expect(inherited).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(ipc().invoke).not.toHaveBeenCalled();
  });

  it('turns a failed IPC call into an INTERNAL error instead of throwing', async () => {
    ipc().invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(api.invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers only the named event, and only its payload', () => {
    const listener = vi.fn();
    api.on('run:event', listener);
    ipc().emit(EVENT_CHANNEL, { sender: 'the IPC event object' }, 'other:event', { type: 'x' });
    ipc().emit(EVENT_CHANNEL, { sender: 'the IPC event object' }, 'run:event', finished);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(finished);
  });

  it('returns an unsubscribe that really removes the listener', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('run:event', listener);
    expect(ipc().listenerCount(EVENT_CHANNEL)).toBe(1);
    unsubscribe();
    unsubscribe(); // a second call is harmless
    expect(ipc().listenerCount(EVENT_CHANNEL)).toBe(0);
    ipc().emit(EVENT_CHANNEL, {}, 'run:event', finished);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps other subscriptions when one unsubscribes', () => {
    const kept = vi.fn();
    api.on('run:event', kept);
    api.on('run:event', vi.fn())();
    ipc().emit(EVENT_CHANNEL, {}, 'run:event', finished);
    expect(kept).toHaveBeenCalledOnce();
  });

  it('ignores a subscription to an unknown event', () => {
    const unsubscribe = (api.on as (e: string, l: () => void) => () => void)('fs:changed', vi.fn());
    expect(ipc().listenerCount(EVENT_CHANNEL)).toBe(0);
    expect(unsubscribe).toBeTypeOf('function');
  });
});
