import { z } from 'zod';

/** The closed set of error codes that may cross the contract boundary. */
export const ERROR_CODES = [
  'VALIDATION',
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NO_PROJECT',
  'STORE_TOO_NEW',
  'CANCELLED',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as data: what every failed call answers instead of throwing. */
export const contractErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});

/** An error as data: what every failed call answers instead of throwing. */
export type ContractError = z.infer<typeof contractErrorSchema>;

/** The answer to every call: the data, or an error as data. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ContractError };

/** Builds a successful {@link Result}. */
export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** Builds a failed {@link Result}. */
export function fail(code: ErrorCode, message: string, details?: unknown): Result<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
