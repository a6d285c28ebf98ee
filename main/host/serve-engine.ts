import { fail } from '../../preload/contract';
import type { Engine } from '../ipc/create-engine';
import type { HostMessage, HostRequest } from './protocol';

/** The two ends of the channel to the main process, whatever carries it. */
export interface HostPort {
  post(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/**
 * Answers every {@link HostRequest} arriving on `port` with the engine's result and pushes
 * the engine's events back, then announces it is ready. Kept apart from the utility-process
 * entry so it runs (and is tested) under plain Node.
 */
export function serveEngine(engine: Pick<Engine, 'dispatch' | 'subscribe'>, port: HostPort): () => void {
  const unsubscribe = engine.subscribe((event, payload) => port.post({ kind: 'event', event, payload }));
  port.onMessage((message) => {
    if (!isHostRequest(message)) return;
    void answer(engine, message).then((result) => port.post({ kind: 'result', id: message.id, result }));
  });
  port.post({ kind: 'ready' });
  return unsubscribe;
}

async function answer(engine: Pick<Engine, 'dispatch'>, request: HostRequest) {
  try {
    return await engine.dispatch(request.channel, request.input);
  } catch (error) {
    // dispatch promises never to throw; this guards the host against a broken promise,
    // because an unanswered request would leave a window waiting forever.
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `Unexpected error: ${message}`);
  }
}

function isHostRequest(message: unknown): message is HostRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, id, channel } = message as Partial<HostRequest>;
  return kind === 'invoke' && typeof id === 'number' && typeof channel === 'string';
}
