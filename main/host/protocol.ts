import type { Result } from '../../preload/contract';

/** A request from the main process to the engine host. */
export interface HostRequest {
  kind: 'invoke';
  id: number;
  channel: string;
  input: unknown;
}

/** A message from the engine host to the main process. */
export type HostMessage =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: string; payload: unknown };
