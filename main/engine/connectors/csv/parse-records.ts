import { parse } from 'csv-parse';
import type { TextEncoding } from '../text/encoding-option';
import type { CsvDialect } from './detect-dialect';
import { MAX_LINE_CHARS, openTextStream } from '../text/text-stream';

/** A record as csv-parse gives it with `info`. */
export interface ParsedRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

/** What parsing a file needs: where it is, how it is encoded and laid out. */
export interface ParseTarget {
  path: string;
  label: string;
  encoding: TextEncoding;
  dialect: CsvDialect;
}

/**
 * Parses a file with flat memory, yielding the records parsed so far in arrays (one
 * promise per chunk rather than per record keeps the per-row cost down). Unlike the
 * parser stream's own async iterator, which drops records still buffered when the parser
 * fails, every record parsed before an error is delivered first, and the error after them.
 */
export async function* parseRecords(target: ParseTarget): AsyncGenerator<ParsedRecord[]> {
  const { dialect } = target;
  const input = openTextStream(target.path, target.encoding, {
    label: target.label,
    maxLineChars: MAX_LINE_CHARS,
    lineBreak: dialect.lineEnding === 'CR' ? '\r' : '\n',
  });
  const csv = parse({
    bom: true,
    info: true,
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_LINE_CHARS,
  });
  let queue: ParsedRecord[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (error: unknown) => {
    failure ??= error;
    notify();
  };
  csv.on('data', (record: ParsedRecord) => {
    queue.push(record);
    if (queue.length >= 4096) csv.pause();
    notify();
  });
  csv.on('error', fail);
  input.on('error', fail);
  csv.on('end', () => {
    ended = true;
    notify();
  });
  input.pipe(csv);
  try {
    for (;;) {
      if (queue.length > 0) {
        const records = queue;
        queue = [];
        yield records;
        if (csv.isPaused()) csv.resume();
        continue;
      }
      if (failure) throw input.problem ?? failure;
      if (ended) {
        if (input.problem) throw input.problem;
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    input.destroy();
    csv.destroy();
  }
}
