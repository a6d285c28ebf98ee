import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import type { CsvConfig } from '../../../../../../main/engine/connectors/csv/csv-config';
import { csvSource } from '../../../../../../main/engine/connectors/csv/csv-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { tempDir } from '../../../../helpers/temp-project';

/** Opens a CSV source over `path` relative to `dir`. */
export function openCsv(dir: string, path: string, options: Omit<CsvConfig, 'path'> = {}): SourceConnection {
  return csvSource.open({ path, ...options }, { baseDir: dir });
}

/** Writes one file (text as UTF-8, or raw bytes) into a fresh folder; returns the folder. */
export function csvFolder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('cutover-csv-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Every row of a table. */
export async function readAll(connection: SourceConnection, table: string, batchSize = 1000): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table, { batchSize })) rows.push(...batch);
  return rows;
}

/** The UserError a promise fails with, described as `file:line: message`. */
export async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.describe();
}
