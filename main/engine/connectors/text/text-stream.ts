import { createReadStream } from 'node:fs';
import { pipeline, type Readable, type Transform } from 'node:stream';
import iconv from 'iconv-lite';
import type { TextEncoding } from '../text/encoding-option';
import { LineGuard, type LineGuardOptions } from './line-guard';
import { iconvName } from './text-encoding';

/** The longest line a text source may have: larger is a damaged or binary file. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * Streams a text file decoded to strings (byte order mark dropped) through a
 * {@link LineGuard}, which it returns: the text ends early, cleanly, at a binary or
 * overlong line, and `problem` says why. Read and decode failures come out as an 'error'
 * event on the guard; destroying it stops the whole chain.
 */
export function openTextStream(file: string, encoding: TextEncoding, guard: LineGuardOptions): LineGuard {
  return pipeline(openDecodedStream(file, encoding), new LineGuard(guard), () => {
    // Failures reach the caller as 'error' on the guard, which pipeline destroys with them.
  });
}

/**
 * Streams a text file decoded to strings, byte order mark dropped, with no line checks:
 * for formats whose records are not lines (a JSON document may be one long line).
 */
export function openDecodedStream(file: string, encoding: TextEncoding): Readable {
  const input = createReadStream(file, { highWaterMark: 256 * 1024 });
  // iconv-lite types its decoder loosely; it is a Transform.
  const decoder = iconv.decodeStream(iconvName(encoding)) as unknown as Transform;
  return pipeline(input, decoder, () => {
    // Failures reach the caller as 'error' on the decoder, which pipeline destroys with them.
  });
}
