import type { ReadOptions, SourceRecord } from '../connector';
import { CancelledError } from '../../errors';
import { RecordFlattener } from './flatten-record';
import type { ScannedRecord } from './json-document-scanner';
import type { JsonTable } from './json-tables';
import { jsonRecords } from './json-records';

/**
 * Streams one table of a JSON source in batches: every record is flattened (child tables
 * need their parents' row numbers) and the rows of this table kept, each located by the
 * line its top-level record starts on. A malformed file yields every good row first.
 */
export async function* readJsonTable(table: JsonTable, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const flattener = new RecordFlattener();
  let batch: SourceRecord[] = [];
  const records = tableRecords(table);
  try {
    for (;;) {
      let next: IteratorResult<{ file: string; record: ScannedRecord }>;
      try {
        next = await records.next();
      } catch (error) {
        if (batch.length > 0) yield batch;
        batch = [];
        throw error;
      }
      if (next.done) break;
      const { value, table: recordTable, line } = next.value.record;
      for (const row of flattener.flatten(value, recordTable)) {
        if (row.table === table.name) batch.push({ locator: { file: next.value.file, line }, values: row.values });
      }
      while (batch.length >= batchSize) {
        if (options.signal?.aborted) throw new CancelledError('reading cancelled');
        yield batch.splice(0, batchSize);
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await records.return(undefined);
  }
}

/** The records of every file the table's top-level ancestor comes from, in order, so row numbers run on across files. */
async function* tableRecords(table: JsonTable): AsyncGenerator<{ file: string; record: ScannedRecord }> {
  for (const { file, format } of table.files) {
    for await (const record of jsonRecords(file, format)) yield { file: file.label, record };
  }
}
