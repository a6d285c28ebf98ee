import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

/**
 * The object the renderer sees as `window.cutover`: built by the preload in the desktop
 * app and by the bridge client in browser mode, with the same shape in both.
 */
export interface CutoverApi {
  /** Calls a channel; never throws, answers a {@link Result}. */
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Where a dropped file lives on disk. Only the desktop app can tell (through Electron's
   * `webUtils`); a browser withholds it, so the bridge client answers null.
   */
  pathForFile(file: File): string | null;
}

/** The single IPC channel requests travel on between preload and main. */
export const INVOKE_CHANNEL = 'cutover:invoke';

/** The single IPC channel events travel on between main and preload. */
export const EVENT_CHANNEL = 'cutover:event';
