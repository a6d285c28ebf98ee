import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { UserError } from '../../errors';
import { csvErrorMessage } from '../../mapping/read-csv-file';

/** What a CSV file already in a target folder holds. */
export interface CsvFileSummary {
  columns: string[];
  /** Records after the header. */
  rows: number;
}

/**
 * Reads a CSV file of a target folder once, streaming, for its header and record count
 * (records, not lines: a quoted field may span lines). The target writes UTF-8 with
 * commas, so that is what is expected here; a BOM is tolerated.
 */
export async function scanCsvFile(file: string, label: string): Promise<CsvFileSummary> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 16 * 1024 * 1024 }),
  );
  let columns: string[] | undefined;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (columns) rows++;
      else columns = record.map((name) => name.trim());
    }
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new UserError(csvErrorMessage(error), { file: label, line: typeof line === 'number' ? line : undefined });
  }
  return { columns: columns ?? [], rows };
}
