import type { ContractError, ErrorCode } from '../../preload/contract';

/** A failed contract call, thrown by {@link call} so components can catch one type. */
export class ApiError extends Error {
  /** The contract's error code, for deciding what to show or offer. */
  readonly code: ErrorCode;
  /** Extra structured context the engine attached (file, line, field…), if any. */
  readonly details: unknown;

  constructor(error: ContractError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Tells whether a thrown value is an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A readable one-line description of anything thrown, for alerts and boundaries. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
