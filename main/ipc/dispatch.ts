import { channels, fail, isChannelName, ok, type Result } from '../../preload/contract';
import { CancelledError, isUserError } from '../engine/errors';
import type { HandlerContext, HandlerMap } from './handler-types';

/** Answers one request: validates the input, runs the handler, never throws. */
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Wraps a handler map so every call is validated against the contract and every failure
 * becomes an error as data. Unexpected errors are reported without their stack or any
 * row values: only the message, which engine code keeps free of identifiable data.
 */
export function createDispatch(handlers: HandlerMap, context: HandlerContext): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) return fail('UNKNOWN_CHANNEL', `No channel named "${channel}"`);
    const declared = channels[channel];
    const parsed = declared.input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('VALIDATION', `Invalid input for ${channel}`, {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    try {
      const handler = handlers[channel] as (input: unknown, context: HandlerContext) => unknown;
      const output = await handler(parsed.data, context);
      return ok(declared.output.parse(output));
    } catch (error) {
      return toFailure(error);
    }
  };
}

function toFailure(error: unknown): Result<never> {
  if (isUserError(error)) return fail(error.code, error.describe(), error.place);
  if (error instanceof CancelledError) return fail('CANCELLED', error.message);
  const message = error instanceof Error ? error.message : String(error);
  return fail('INTERNAL', `Unexpected error: ${message}`);
}
