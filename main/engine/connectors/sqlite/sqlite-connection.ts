import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '../../../store/open-database';
import { isUserError, UserError } from '../../errors';
import type { ConnectorContext, DiscoveredTable, ReadOptions, SourceConnection, SourceRecord, TestReport } from '../connector';
import { inspectSqlite, listSqliteObjects } from './inspect-sqlite';
import { openSqliteFile, sqliteFileError } from './open-sqlite-file';
import { readSqliteObject } from './read-sqlite-table';
import type { SqliteConfig } from './sqlite-config';

/** Up to this file size, tables are counted exactly and `test()` runs `PRAGMA quick_check`; beyond, both would cost too much. */
export const FULL_SCAN_MAX_BYTES = 256 * 1024 * 1024;

/**
 * A SQLite file as a source: every table and view, streamed read-only. The connection is
 * opened on first use, so `open()` itself never fails; each `read()` opens its own
 * connection because a streaming statement keeps a connection busy until it ends.
 */
export class SqliteConnection implements SourceConnection {
  private readonly file: string;
  private readonly label: string;
  private db: Db | undefined;

  constructor(config: SqliteConfig, context: ConnectorContext) {
    this.file = resolve(context.baseDir, config.path);
    this.label = config.path;
  }

  async test(): Promise<TestReport> {
    try {
      const db = this.database();
      const tables = this.inspect(db);
      const problems = tables.flatMap((t) => (t.problem ? [t.problem] : []));
      const checked = this.size() <= FULL_SCAN_MAX_BYTES;
      if (checked) {
        const verdict = String(db.pragma('quick_check', { simple: true }));
        if (verdict !== 'ok') problems.push({ file: this.label, text: `database is damaged: ${verdict}` });
      }
      const count = (kind: string) => tables.filter((t) => t.kind === kind).length;
      return {
        ok: problems.length === 0,
        summary: problems[0]?.text ?? `${count('table')} tables, ${count('view')} views`,
        problems,
        detected: {
          tables: count('table'),
          views: count('view'),
          encoding: String(db.pragma('encoding', { simple: true })),
          integrityChecked: checked,
        },
      };
    } catch (caught) {
      const error = sqliteFileError(caught, this.label);
      if (!isUserError(error)) throw error;
      return { ok: false, summary: error.message, problems: [{ file: this.label, text: error.message }] };
    }
  }

  async discover(): Promise<DiscoveredTable[]> {
    return this.inspect(this.database());
  }

  async preview(table: string, limit: number): Promise<SourceRecord[]> {
    for await (const batch of this.read(table, { batchSize: Math.max(1, limit) })) return batch.slice(0, limit);
    return [];
  }

  async *read(table: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
    const object = this.guard(() => listSqliteObjects(this.database()).find((o) => o.name === table));
    if (!object) throw new UserError(`no table or view named "${table}"`, { file: this.label });
    const db = openSqliteFile(this.file, this.label);
    try {
      yield* readSqliteObject(db, object, this.label, options);
    } finally {
      db.close();
    }
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = undefined;
  }

  private database(): Db {
    this.db ??= openSqliteFile(this.file, this.label);
    return this.db;
  }

  private inspect(db: Db) {
    return this.guard(() => inspectSqlite(db, this.label, { exact: this.size() <= FULL_SCAN_MAX_BYTES }));
  }

  private size(): number {
    try {
      return statSync(this.file).size;
    } catch {
      throw new UserError('file not found', { file: this.label });
    }
  }

  /** Runs SQLite work, turning SQLite's complaints about the file into UserErrors. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw sqliteFileError(error, this.label);
    }
  }
}
