import { CancelledError, isUserError } from '../errors';
import type { ReadOptions, SourceRecord } from './connector';

/** Rows per batch when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Groups a stream of records into batches. When the stream fails on malformed input,
 * the good rows read before it still reach the caller, then the error does.
 */
export async function* inBatches(records: AsyncIterable<SourceRecord>, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let batch: SourceRecord[] = [];
  try {
    for await (const record of records) {
      batch.push(record);
      if (batch.length >= batchSize) {
        if (options.signal?.aborted) throw new CancelledError('reading cancelled');
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0 && isUserError(error)) yield batch;
    throw error;
  }
  if (batch.length > 0) yield batch;
}

/** The first `limit` rows of a table, read through the connection's own `read`. */
export async function previewRows(
  read: (table: string, options: ReadOptions) => AsyncGenerator<SourceRecord[]>,
  table: string,
  limit: number,
): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  if (limit <= 0) return rows;
  for await (const batch of read(table, { batchSize: limit })) {
    rows.push(...batch);
    if (rows.length >= limit) break;
  }
  return rows.slice(0, limit);
}
