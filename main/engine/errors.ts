import type { ErrorCode } from '../../preload/contract';

/** Where in a user's file a problem is. */
export interface ProblemPlace {
  file?: string;
  line?: number;
  field?: string;
}

/**
 * A mistake in what the user gave us (a missing folder, a malformed file): reported as
 * one clear message naming the place, never as a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    message: string,
    readonly place: ProblemPlace = {},
    readonly code: ErrorCode = 'BAD_INPUT',
    /** Every problem when there were several; the message describes the first. */
    readonly problems: readonly (ProblemPlace & { message: string })[] = [],
  ) {
    super(message);
  }

  /** The message with its place in front: `file:line: field: message`. */
  describe(): string {
    const where = [this.place.file, this.place.line].filter((p) => p !== undefined).join(':');
    const field = this.place.field ? `${this.place.field}: ` : '';
    return where ? `${where}: ${field}${this.message}` : `${field}${this.message}`;
  }
}

/** Tells whether a value is a {@link UserError}. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Raised inside a run when the user asked it to stop. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}
