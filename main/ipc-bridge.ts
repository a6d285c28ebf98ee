import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, events, fail, isChannelName, type Result } from '../preload/contract';
import { isTrustedFrame } from './security';

/** What the bridge forwards to and asks of the rest of main. */
export interface IpcBridgeOptions {
  /** The engine host; answers every channel except the ones main owns. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** The only origin whose top frame may call. */
  origin: string;
  /** Settles once the start-up project is open, so the first `projects:current` sees it. */
  ready: Promise<unknown>;
  /** `projects:pick`: main shows the folder dialog over the calling window. */
  pickProject(window: BrowserWindow | null): Promise<Result<unknown>>;
  /** `files:pick`: main shows the native file or folder dialog over the calling window. */
  pickPath(window: BrowserWindow | null, input: unknown): Promise<Result<unknown>>;
  /** Called with the folder of every project opened or created, to remember it. */
  onProjectOpened(projectDir: string): void;
}

/**
 * Registers the one IPC handler. Every call is checked for its sender before anything
 * else, then routed: `projects:pick` and `files:pick` to main's dialogs, everything else to the engine host,
 * which validates the input against the contract. Returns the function that unregisters.
 */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => route(options, event, channel, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Answers one call; exported for tests, never throws. */
export async function route(
  options: IpcBridgeOptions,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  channel: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedFrame(event.senderFrame, options.origin)) {
    return fail('UNAUTHORIZED', 'Calls are accepted only from the Cutover Workbench window');
  }
  if (typeof channel !== 'string' || !isChannelName(channel)) {
    return fail('UNKNOWN_CHANNEL', `No channel named "${String(channel).slice(0, 80)}"`);
  }
  try {
    await options.ready;
    const window = () => BrowserWindow.fromWebContents(event.sender);
    const result =
      channel === 'projects:pick'
        ? await options.pickProject(window())
        : channel === 'files:pick'
          ? await options.pickPath(window(), input)
          : await options.invoke(channel, input);
    if (result.ok && (channel === 'projects:open' || channel === 'projects:create-demo' || channel === 'projects:pick')) {
      const projectDir = (result.data as { path?: unknown } | null)?.path;
      if (typeof projectDir === 'string') options.onProjectOpened(projectDir);
    }
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `Unexpected error in the main process: ${message}`);
  }
}

/** Pushes an engine event to every window showing our renderer, on {@link EVENT_CHANNEL}. */
export function broadcastEvent(origin: string, event: string, payload: unknown): void {
  if (!Object.prototype.hasOwnProperty.call(events, event)) return;
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (!contents.isDestroyed() && isTrustedFrame(contents.mainFrame, origin)) contents.send(EVENT_CHANNEL, event, payload);
  }
}
