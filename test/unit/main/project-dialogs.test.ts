import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/data/export'] })),
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents', getVersion: () => '0.0.0' },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
}));

const { pickPath } = await import('../../../main/project-dialogs');

/** The options the dialog was last opened with (called without a window). */
const lastOptions = () => electron.showOpenDialog.mock.calls.at(-1)![0] as { properties: string[]; filters?: { extensions: string[] }[]; title: string };

describe('files:pick in the desktop shell', () => {
  beforeEach(() => electron.showOpenDialog.mockClear());

  it('opens a folder dialog for folders and answers the chosen path', async () => {
    await expect(pickPath(null, { mode: 'folder' })).resolves.toEqual({ ok: true, data: { path: '/data/export' } });
    expect(lastOptions().properties).toEqual(['openDirectory']);
    expect(lastOptions().title).toBe('Choose a folder');
  });

  it('filters a file dialog by the extensions asked for, with All files as a way out', async () => {
    await pickPath(null, { mode: 'file', extensions: ['csv', 'tsv'], title: 'Choose a source' });
    expect(lastOptions().properties).toEqual(['openFile']);
    expect(lastOptions().filters?.map((f) => f.extensions)).toEqual([['csv', 'tsv'], ['*']]);
  });

  it('answers null when cancelled', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(pickPath(null, { mode: 'file' })).resolves.toEqual({ ok: true, data: null });
  });

  it('validates its input against the contract before showing anything', async () => {
    await expect(pickPath(null, { mode: 'everything' })).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(pickPath(null, { mode: 'file', extensions: ['../../etc'] })).resolves.toMatchObject({ ok: false });
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });
});
