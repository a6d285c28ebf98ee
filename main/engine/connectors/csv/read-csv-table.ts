import type { ReadOptions, SourceRecord } from '../connector';
import { CancelledError } from '../../errors';
import type { CsvFileInfo } from './inspect-csv-file';
import { readCsvRecords, toSourceRecord, type CsvRecord } from './read-csv-records';

/** Rows per batch when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Streams a CSV table's data rows in batches (the header row skipped), each with its
 * file and start line; a ragged row carries a `problem`. A malformed file yields every
 * good row first, then throws a UserError naming file and line.
 */
export async function* readCsvTable(info: CsvFileInfo, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let skipHeader = info.dialect.header;
  let batch: SourceRecord[] = [];
  const records = readCsvRecords(info);
  try {
    for (;;) {
      let next: IteratorResult<CsvRecord[]>;
      try {
        next = await records.next();
      } catch (error) {
        // Good rows before the broken one are delivered before the error.
        if (batch.length > 0) yield batch;
        batch = [];
        throw error;
      }
      if (next.done) break;
      for (const record of next.value) {
        if (skipHeader) {
          skipHeader = false;
          continue;
        }
        batch.push(toSourceRecord(record, info.columns, info.label));
        if (batch.length >= batchSize) {
          if (options.signal?.aborted) throw new CancelledError('reading cancelled');
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await records.return(undefined);
  }
}
