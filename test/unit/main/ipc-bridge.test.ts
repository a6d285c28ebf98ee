import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../preload/contract';

vi.mock('electron', () => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null), getAllWindows: vi.fn(() => []) },
}));

const { route } = await import('../../../main/ipc-bridge');

const ORIGIN = 'app://cutover';
const topFrame = (url: string) => ({ url, parent: null });
const fromRenderer = { senderFrame: topFrame(`${ORIGIN}/index.html`), sender: {} } as never;

function options(overrides: Partial<Parameters<typeof route>[0]> = {}) {
  return {
    invoke: vi.fn(async (channel: string): Promise<Result<unknown>> => ({ ok: true, data: { path: `/from/${channel}` } })),
    origin: ORIGIN,
    ready: Promise.resolve(),
    pickProject: vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, data: { path: '/picked' } })),
    pickPath: vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, data: { path: '/data/export.csv' } })),
    onProjectOpened: vi.fn(),
    ...overrides,
  };
}

describe('the IPC bridge', () => {
  it('refuses calls from any other page, a subframe or a destroyed frame before routing them', async () => {
    const o = options();
    const senders = [
      { senderFrame: topFrame('https://evil.example/'), sender: {} },
      { senderFrame: topFrame('file:///tmp/index.html'), sender: {} },
      { senderFrame: { url: `${ORIGIN}/index.html`, parent: {} }, sender: {} },
      { senderFrame: null, sender: {} },
    ];
    for (const sender of senders) {
      await expect(route(o, sender as never, 'app:info', {})).resolves.toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    }
    expect(o.invoke).not.toHaveBeenCalled();
  });

  it('refuses unknown channels', async () => {
    const o = options();
    await expect(route(o, fromRenderer, 'shell:exec', {})).resolves.toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    await expect(route(o, fromRenderer, 42, {})).resolves.toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(o.invoke).not.toHaveBeenCalled();
  });

  it('forwards contract channels to the engine and remembers opened projects', async () => {
    const o = options();
    await expect(route(o, fromRenderer, 'projects:open', { path: '/x' })).resolves.toEqual({
      ok: true,
      data: { path: '/from/projects:open' },
    });
    expect(o.invoke).toHaveBeenCalledWith('projects:open', { path: '/x' });
    expect(o.onProjectOpened).toHaveBeenCalledWith('/from/projects:open');
    await route(o, fromRenderer, 'runs:list', {});
    expect(o.onProjectOpened).toHaveBeenCalledTimes(1);
  });

  it('answers projects:pick itself with the dialog', async () => {
    const o = options();
    await expect(route(o, fromRenderer, 'projects:pick', {})).resolves.toEqual({ ok: true, data: { path: '/picked' } });
    expect(o.invoke).not.toHaveBeenCalled();
    expect(o.onProjectOpened).toHaveBeenCalledWith('/picked');
  });

  it('answers files:pick itself with the native dialog, and does not take the file for a project', async () => {
    const o = options();
    const input = { mode: 'file', extensions: ['csv'] };
    await expect(route(o, fromRenderer, 'files:pick', input)).resolves.toEqual({ ok: true, data: { path: '/data/export.csv' } });
    expect(o.pickPath).toHaveBeenCalledWith(null, input);
    expect(o.invoke).not.toHaveBeenCalled();
    expect(o.onProjectOpened).not.toHaveBeenCalled();
  });

  it('waits for the start-up project before forwarding', async () => {
    let open: () => void = () => undefined;
    const o = options({ ready: new Promise<void>((resolve) => (open = resolve)) });
    const answer = route(o, fromRenderer, 'projects:current', {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(o.invoke).not.toHaveBeenCalled();
    open();
    await answer;
    expect(o.invoke).toHaveBeenCalledOnce();
  });

  it('turns a throwing collaborator into INTERNAL instead of rejecting', async () => {
    const o = options({ pickProject: vi.fn(async () => Promise.reject(new Error('dialog failed'))) });
    await expect(route(o, fromRenderer, 'projects:pick', {})).resolves.toMatchObject({ error: { code: 'INTERNAL' } });
  });
});
