// The preload runs sandboxed, where `require` knows only 'electron': this file and the
// contract it imports are bundled into one CommonJS file (dist/electron/preload.cjs).
import { contextBridge, ipcRenderer, webUtils, type IpcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, events, fail, isChannelName, type CutoverApi } from './contract';

/** The slice of `ipcRenderer` the API uses; injected so tests need no Electron. */
export type RendererIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Electron's `webUtils.getPathForFile`: a dropped File's path, or '' for one not from disk. */
export type PathOfFile = (file: File) => string;

/**
 * Builds `window.cutover` over IPC. Unknown channels are refused here, before anything is
 * sent; main checks the sender and the engine validates the input. Listeners never receive
 * the IPC event object, which would hand the page a way to `ipcRenderer` itself.
 */
export function createCutoverApi(ipc: RendererIpc, pathOfFile: PathOfFile): CutoverApi {
  return {
    pathForFile(file) {
      try {
        return pathOfFile(file) || null;
      } catch {
        return null; // not a File the page got from the user's disk
      }
    },
    async invoke(channel, input) {
      if (typeof channel !== 'string' || !isChannelName(channel)) {
        return fail('UNKNOWN_CHANNEL', `No channel named "${String(channel).slice(0, 80)}"`);
      }
      try {
        return await ipc.invoke(INVOKE_CHANNEL, channel, input ?? {});
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return fail('INTERNAL', `The main process did not answer ${channel}: ${message}`);
      }
    },
    on(event, listener) {
      if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
      const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) listener(payload as Parameters<typeof listener>[0]);
      };
      ipc.on(EVENT_CHANNEL, forward);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}

function isEventName(name: unknown): name is keyof typeof events {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

contextBridge.exposeInMainWorld('cutover', createCutoverApi(ipcRenderer, (file) => webUtils.getPathForFile(file)));
