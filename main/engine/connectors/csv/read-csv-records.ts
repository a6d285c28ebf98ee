import type { SourceRecord } from '../connector';
import { UserError, isUserError } from '../../errors';
import { describeCsvError, isCsvParseError } from './csv-errors';
import { parseRecords, type ParseTarget } from './parse-records';

/** A record of a CSV table with the line it starts on and its raw fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses a file into records, in arrays as they come, each with the physical line it
 * starts on (quoted line breaks and skipped blank lines counted). A malformed file stops
 * with a UserError naming the file and the line where the broken record starts, after
 * every good record.
 */
export async function* readCsvRecords(target: ParseTarget): AsyncGenerator<CsvRecord[]> {
  let previousEnd = 0;
  let previousEmpty = 0;
  let overcount = 0;
  try {
    for await (const parsed of parseRecords(target)) {
      const records: CsvRecord[] = new Array(parsed.length);
      for (let i = 0; i < parsed.length; i++) {
        const { record, info } = parsed[i]!;
        const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
        // csv-parse counts a CRLF inside a quoted field as two lines; take the extra ones off.
        for (const field of record) if (field.includes('\r\n')) overcount += field.split('\r\n').length - 1;
        previousEnd = info.lines - overcount;
        previousEmpty = info.empty_lines;
        records[i] = { line, fields: record };
      }
      yield records;
    }
  } catch (error) {
    if (isUserError(error) || !isCsvParseError(error)) throw error;
    throw new UserError(describeCsvError(error), { file: target.label, line: previousEnd + 1 });
  }
}

/** The column names of a table: its header row, or `column_1…n` without one. */
export function columnNames(first: string[], header: boolean): string[] {
  if (!header) return first.map((_, i) => `column_${i + 1}`);
  const seen = new Map<string, number>();
  return first.map((raw, i) => {
    const name = raw.trim() || `column_${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    // A repeated name would make one column overwrite the other in every row.
    return count === 1 ? name : `${name}_${count}`;
  });
}

/** Turns a record into a source record keyed by column; a ragged row is reported, not padded. */
export function toSourceRecord(record: CsvRecord, columns: readonly string[], file: string): SourceRecord {
  const values: SourceRecord['values'] = {};
  const n = Math.min(columns.length, record.fields.length);
  for (let i = 0; i < n; i++) values[columns[i]!] = record.fields[i]!;
  const shaped: SourceRecord = { locator: { file, line: record.line }, values };
  if (record.fields.length !== columns.length) shaped.problem = `expected ${columns.length} fields, found ${record.fields.length}`;
  return shaped;
}
