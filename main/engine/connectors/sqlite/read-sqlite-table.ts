import type { Db } from '../../../store/open-database';
import { quoteIdent } from '../../catalog/sqlite-ddl';
import { CancelledError } from '../../errors';
import type { CellValue, ReadOptions, SourceRecord } from '../connector';
import { sqliteFileError } from './open-sqlite-file';
import type { SqliteObject } from './inspect-sqlite';

/** Rows per batch when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 1000;

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A SQLite value as a connector value. Integers are read as BigInt so that a 19-digit
 * identifier is not silently rounded: those that fit a double become numbers, the rest
 * decimal strings. Blob contents are never passed on, only their size.
 */
export function sqliteCell(value: unknown): CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return `<blob ${value.byteLength} bytes>`;
  return String(value);
}

/** Makes result column names unique (`id`, `id_2`), as a record cannot hold the same key twice. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name}_${n}`;
    seen.add(unique);
    return unique;
  });
}

/**
 * The expression that reads a table's rowid, when rows can be located by it: not for
 * views or WITHOUT ROWID tables, not when user columns shadow every rowid alias, and not
 * when a rowid is below 1 (a locator line is positive). Otherwise rows are located by
 * their ordinal in the scan.
 */
function rowidAlias(db: Db, object: SqliteObject, columns: readonly string[]): string | null {
  if (object.kind !== 'table') return null;
  const taken = new Set(columns.map((c) => c.toLowerCase()));
  const alias = ['rowid', '_rowid_', 'oid'].find((a) => !taken.has(a));
  if (!alias) return null;
  try {
    const min = db.prepare(`SELECT min(${alias}) AS m FROM ${quoteIdent(object.name)}`).safeIntegers(true).get() as { m: bigint | null };
    return min.m === null || min.m >= 1n ? alias : null;
  } catch {
    return null;
  }
}

/**
 * Streams a table or view in batches. `stmt.iterate()` is synchronous, so the generator
 * yields between batches to let the caller (and the event loop) work; the statement holds
 * the connection meanwhile, which is why each read gets a connection of its own.
 */
export async function* readSqliteObject(db: Db, object: SqliteObject, label: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const source = quoteIdent(object.name);
  let names: string[];
  let alias: string | null;
  let rows: IterableIterator<unknown[]>;
  try {
    const probe = db.prepare(`SELECT * FROM ${source}`);
    alias = rowidAlias(db, object, probe.columns().map((c) => c.name));
    const sql = alias ? `SELECT ${alias}, * FROM ${source}` : `SELECT * FROM ${source}`;
    const statement = db.prepare(sql).raw(true).safeIntegers(true);
    names = uniqueNames(statement.columns().map((c) => c.name).slice(alias ? 1 : 0));
    rows = statement.iterate() as IterableIterator<unknown[]>;
  } catch (error) {
    throw sqliteFileError(error, label, object.name);
  }
  const offset = alias ? 1 : 0;
  let ordinal = 0;
  let batch: SourceRecord[] = [];
  try {
    for (;;) {
      let next: IteratorResult<unknown[]>;
      try {
        next = rows.next();
      } catch (error) {
        throw sqliteFileError(error, label, `${object.name}, after row ${ordinal}`);
      }
      if (next.done) break;
      ordinal++;
      const row = next.value;
      const values: Record<string, CellValue> = {};
      for (let i = 0; i < names.length; i++) values[names[i] as string] = sqliteCell(row[i + offset]);
      const line = alias ? Number(row[0]) : ordinal;
      batch.push({ locator: { file: label, line }, values });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
        if (options.signal?.aborted) throw new CancelledError('Read cancelled');
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    rows.return?.();
  }
}
