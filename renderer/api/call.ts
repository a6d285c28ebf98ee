import type { ChannelInput, ChannelName, ChannelOutput } from '../../preload/contract';
import { ApiError } from './api-error';
import { getCutoverApi } from './cutover-api';

/**
 * Calls a channel and unwraps its Result: resolves with the data or throws an
 * {@link ApiError} carrying the contract's error code, which suits React's async flow.
 */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await getCutoverApi().invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}
