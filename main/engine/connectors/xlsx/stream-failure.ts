import type { Readable } from 'node:stream';

/** A failure of a workbook's input or of the zip reader fed from it. */
export interface StreamFailure {
  /** The step's own outcome, or the stream's failure if that comes first. */
  guard<T>(step: Promise<T>): Promise<T>;
  failed(): boolean;
}

/**
 * Watches the file stream given to exceljs and the zip parser it pipes into. exceljs's
 * unzipper reports a corrupt compressed block (or a read error) only on that parser's
 * stream, never on the sheet being read, which then waits forever; guarding every step
 * turns such a hang into an error. Each guard unregisters itself once its step settles:
 * racing steps against one long-lived promise would keep every row ever read alive.
 */
export function watchStreamFailure(input: Readable): StreamFailure {
  let failure: { error: unknown } | undefined;
  const waiting = new Set<(error: unknown) => void>();
  const fail = (error: unknown) => {
    failure ??= { error };
    for (const reject of waiting) reject(error);
    waiting.clear();
  };
  input.on('error', fail);
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    destination.on('error', fail);
    return pipe(destination, options);
  };
  return {
    failed: () => failure !== undefined,
    guard<T>(step: Promise<T>): Promise<T> {
      if (failure) {
        step.catch(() => undefined);
        return Promise.reject(failure.error);
      }
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        step.then(
          (value) => {
            waiting.delete(reject);
            resolve(value);
          },
          (error: unknown) => {
            waiting.delete(reject);
            reject(error);
          },
        );
      });
    },
  };
}
