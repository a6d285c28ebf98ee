import {
  app,
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import { channels, fail, ok, type Result } from '../preload/contract';

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * `projects:pick`: asks for a project folder over `window`, then opens it in the engine.
 * Cancelling answers `null` data, not an error: the user changed their mind.
 */
export async function pickProject(invoke: Invoke, window: BrowserWindow | null): Promise<Result<unknown>> {
  const options: OpenDialogOptions = {
    title: 'Open migration project',
    buttonLabel: 'Open Project',
    properties: ['openDirectory'],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return ok(null);
  return invoke('projects:open', { path: folder });
}

/**
 * `files:pick`: the native dialog for a file or a folder, over `window`. The input is
 * checked against the contract here because this channel never reaches the engine.
 * Linux and Windows dialogs choose files or folders, not both, so "either" asks for a
 * file there (folders are reachable through the in-app picker and by typing).
 */
export async function pickPath(window: BrowserWindow | null, input: unknown): Promise<Result<unknown>> {
  const parsed = channels['files:pick'].input.safeParse(input);
  if (!parsed.success) return fail('VALIDATION', parsed.error.issues[0]?.message ?? 'invalid input', parsed.error.issues);
  const { mode, title, extensions, defaultPath } = parsed.data;
  const properties: OpenDialogOptions['properties'] =
    mode === 'folder' ? ['openDirectory'] : mode === 'either' && process.platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile'];
  const options: OpenDialogOptions = {
    title: title ?? (mode === 'folder' ? 'Choose a folder' : 'Choose a file'),
    defaultPath,
    properties,
    filters: mode !== 'folder' && extensions?.length ? [{ name: 'Supported files', extensions }, { name: 'All files', extensions: ['*'] }] : undefined,
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const chosen = choice.filePaths[0];
  return ok(choice.canceled || !chosen ? null : { path: chosen });
}

/**
 * File > Create Demo Project…: asks where to put a new demo project, then has the engine
 * generate it there. `null` data when cancelled.
 */
export async function createDemoProject(invoke: Invoke, window: BrowserWindow | null): Promise<Result<unknown>> {
  const options: SaveDialogOptions = {
    title: 'Create demo project',
    buttonLabel: 'Create',
    defaultPath: path.join(app.getPath('documents'), 'Cutover demo project'),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok(null);
  return invoke('projects:create-demo', { path: choice.filePath });
}

/** Help > About. */
export async function showAbout(window: BrowserWindow | null): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About Cutover Workbench',
    message: `Cutover Workbench ${app.getVersion()}`,
    detail:
      'An offline workbench for healthcare data migrations.\n' +
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['OK'],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
