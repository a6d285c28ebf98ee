import type { ChannelName, ChannelOutput, EventName, EventPayload } from '../../preload/contract';
import type { z } from 'zod';
import type { channels } from '../../preload/contract';
import type { Session } from './session';

/** What every handler is given besides its input. */
export interface HandlerContext {
  /** The open project and the runs in flight. */
  session: Session;
  /** How the engine is hosted. */
  mode: 'desktop' | 'browser' | 'test';
  /** Pushes an event to every listening window. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** A handler: the parsed input in, the output (or a thrown UserError) out. */
export type Handler<C extends ChannelName> = (
  input: z.infer<(typeof channels)[C]['input']>,
  context: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One handler for every channel; the compiler rejects a missing one. */
export type HandlerMap = { [C in ChannelName]: Handler<C> };
