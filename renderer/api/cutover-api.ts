import type { CutoverApi } from '../../preload/contract';
import { createBridgeClient } from './bridge-client';

declare global {
  interface Window {
    /** Defined by the preload in the desktop app; absent in browser mode. */
    cutover?: CutoverApi;
  }
}

let bridge: CutoverApi | null = null;

/**
 * The one object the UI talks to the engine through: the preload's in the desktop app,
 * otherwise a bridge client built once over HTTP/WebSocket.
 */
export function getCutoverApi(): CutoverApi {
  if (window.cutover) return window.cutover;
  bridge ??= createBridgeClient();
  return bridge;
}
