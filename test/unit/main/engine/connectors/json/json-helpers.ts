import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import type { JsonConfig } from '../../../../../../main/engine/connectors/json/json-config';
import { jsonSource } from '../../../../../../main/engine/connectors/json/json-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { tempDir } from '../../../../helpers/temp-project';

/** Writes files into a fresh folder; returns the folder. */
export function jsonFolder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('cutover-json-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Opens a JSON source over `path` relative to `dir`. */
export function openJson(dir: string, path = '.', options: Omit<JsonConfig, 'path'> = {}): SourceConnection {
  return jsonSource.open({ path, ...options }, { baseDir: dir });
}

/** Writes files into a fresh folder and opens a JSON source over `path` in it. */
export function jsonFiles(files: Record<string, string | Buffer>, path = '.', options: Omit<JsonConfig, 'path'> = {}): SourceConnection {
  return openJson(jsonFolder(files), path, options);
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
