import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse';
import { UserError } from '../errors';
import { csvErrorMessage } from '../mapping/read-csv-file';

/** A table of a CSV folder source: one file. */
export interface CsvTableFile {
  name: string;
  file: string;
}

/** One source row: its physical line and its values by column. */
export interface SourceRow {
  line: number;
  values: Record<string, string>;
  /** Number of fields the row really had; differs from the header's on a ragged row. */
  fieldCount: number;
}

/** How to read a CSV file. */
export interface CsvReadOptions {
  /** The file name shown in messages (relative to the project). */
  label: string;
  delimiter?: string;
  encoding?: 'utf-8' | 'latin1';
}

/** Lists the tables of a CSV folder (or a single CSV file): one per `.csv` file. */
export function listCsvTables(path: string, label: string): CsvTableFile[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new UserError('source folder or file not found', { file: label });
  }
  if (!isDir) return [{ name: basename(path).replace(/\.csv$/i, ''), file: path }];
  return readdirSync(path)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => ({ name: f.replace(/\.csv$/i, ''), file: join(path, f) }));
}

function parser(options: CsvReadOptions) {
  return parse({
    bom: true,
    info: true,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: 16 * 1024 * 1024,
  });
}

function encodingOf(options: CsvReadOptions): BufferEncoding {
  return options.encoding === 'latin1' ? 'latin1' : 'utf8';
}

/** Reads a CSV file's header row; a UserError names the file when it has none. */
export async function readCsvHeader(file: string, options: CsvReadOptions): Promise<string[]> {
  const stream = createReadStream(file, { encoding: encodingOf(options) });
  const records = stream.pipe(parser(options));
  try {
    for await (const { record } of records as AsyncIterable<{ record: string[] }>) {
      return record.map((h) => h.trim());
    }
  } catch (error) {
    throw new UserError(csvErrorMessage(error), { file: options.label, line: (error as { lines?: number }).lines });
  } finally {
    stream.destroy();
  }
  throw new UserError('the file is empty; a header row is expected', { file: options.label });
}

/** Counts the data lines of a file (newlines less the header) to size progress bars. */
export async function countCsvRows(file: string): Promise<number> {
  let newlines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  const lines = newlines + (last === 10 ? 0 : 1);
  return Math.max(0, lines - 1);
}

type ParsedRecord = { record: string[]; info: { lines: number; empty_lines: number } };

/**
 * Parses a file record by record. Unlike the stream's own async iterator, which drops
 * records still buffered when the parser fails, every record parsed before an error is
 * delivered first, and the error after them.
 */
async function* parsedRecords(file: string, options: CsvReadOptions): AsyncGenerator<ParsedRecord> {
  const input = createReadStream(file, { encoding: encodingOf(options), highWaterMark: 256 * 1024 });
  const csv = parser(options);
  const queue: ParsedRecord[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  csv.on('data', (record: ParsedRecord) => {
    queue.push(record);
    if (queue.length >= 4096) csv.pause();
    notify();
  });
  csv.on('error', (error) => {
    failure = error;
    notify();
  });
  csv.on('end', () => {
    ended = true;
    notify();
  });
  input.on('error', (error) => {
    failure = error;
    notify();
  });
  input.pipe(csv);
  try {
    for (;;) {
      while (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length === 0 && csv.isPaused()) csv.resume();
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    input.destroy();
    csv.destroy();
  }
}

/**
 * Streams a CSV file in batches of rows keyed by the header, each row with the line it
 * starts on. Malformed CSV (an unclosed quote) stops the stream with a UserError naming
 * the file and the line where the bad record starts, after every good row before it.
 */
export async function* readCsvBatches(file: string, batchSize: number, options: CsvReadOptions): AsyncGenerator<SourceRow[]> {
  let header: string[] | null = null;
  let previousEnd = 0;
  let previousEmpty = 0;
  let batch: SourceRow[] = [];
  try {
    for await (const { record, info } of parsedRecords(file, options)) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (!header) {
        header = record.map((h) => h.trim());
        continue;
      }
      const values: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) values[header[i]!] = record[i] ?? '';
      batch.push({ line, values, fieldCount: record.length });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code?.startsWith('CSV_')) throw error;
    if (batch.length > 0) yield batch;
    throw new UserError(csvErrorMessage(error), { file: options.label, line: previousEnd + 1 });
  }
  if (batch.length > 0) yield batch;
}
