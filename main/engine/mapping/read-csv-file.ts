import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors';

/** A small CSV read whole, each record with the line it starts on. */
export interface CsvTable {
  header: string[];
  rows: { line: number; values: Record<string, string>; /** The record's lines as written. */ raw?: string }[];
  /** The header's line as written. */
  rawHeader?: string;
  /** The line ending the file uses. */
  eol?: '\n' | '\r\n';
}

/**
 * Reads a small CSV file (a contract, a crosswalk) whole. Malformed CSV is a
 * {@link UserError} naming the file and line.
 */
export function readCsvFile(file: string, label: string): CsvTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError('file not found or not readable', { file: label });
  }
  return parseCsvText(text, label);
}

/** Parses CSV text held in memory, as {@link readCsvFile} does; errors name `label` and the line. */
export function parseCsvText(text: string, label: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    throw new UserError(csvErrorMessage(error), { file: label, line: (error as { lines?: number }).lines });
  }
  const [head, ...body] = records;
  if (!head) throw new UserError('the file is empty; a header row is expected', { file: label });
  const header = head.record.map((h) => h.trim());
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const span = (first: number, last: number) => lines.slice(first - 1, last).join(eol);
  let previousEnd = head.info.lines;
  const rows = body.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== header.length) {
      throw new UserError(`expected ${header.length} fields, found ${record.length}`, { file: label, line });
    }
    return { line, values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])), raw: span(line, info.lines) };
  });
  return { header, rows, rawHeader: span(1, head.info.lines), eol };
}

/** Turns a csv-parse error into a plain sentence without the parser's jargon. */
export function csvErrorMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is never closed (unbalanced quote)';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'unexpected character after a closing quote (broken quoting)';
  if (code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') return 'unexpected character after a closing quote';
  if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') return 'wrong number of fields';
  if (code === 'CSV_MAX_RECORD_SIZE') return 'a record is larger than the maximum record size';
  return `not valid CSV: ${(error as Error).message}`;
}
