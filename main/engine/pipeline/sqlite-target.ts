import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type Db } from '../../store/open-database';
import type { CatalogForeignKey, CatalogTable } from '../catalog/catalog';
import { quoteIdent } from '../catalog/sqlite-ddl';
import { UserError } from '../errors';
import type { TargetValue } from './coerce';
import type { TablePlan } from './table-plan';

/** The load ledger: which source identity is in the target, with what content, from which run. */
const LEDGER_SQL = `CREATE TABLE IF NOT EXISTS _cutover_loaded (
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  row_hash TEXT NOT NULL,
  run_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID`;

/** What loading one row did. */
export type LoadOutcome = 'written' | 'skipped' | 'duplicate';

/** A prepared writer for one target table. */
export interface TableWriter {
  /** Tells which foreign key, if any, points at a parent row that is not in the target. */
  missingParent(values: readonly TargetValue[]): CatalogForeignKey | null;
  /** Loads one row unless the same content is already there; call inside {@link SqliteTarget.transaction}. */
  load(values: readonly TargetValue[]): LoadOutcome;
}

/**
 * A SQLite target. Loads are idempotent: a row is keyed by its primary key (or, without
 * one, by its content), and a ledger table remembers each key's content hash and run, so
 * re-running writes only what changed and never duplicates a row.
 */
export class SqliteTarget {
  private constructor(
    readonly db: Db,
    private readonly runId: string,
    private readonly resuming: boolean,
  ) {}

  /**
   * Opens (creating) the target file and the tables of the plan that do not exist yet.
   * When resuming a run, a row this run already loaded with the same content is skipped
   * rather than taken for a duplicate: it is the batch re-read after the stop.
   */
  static open(file: string, label: string, runId: string, tables: readonly CatalogTable[], options: { resuming?: boolean } = {}): SqliteTarget {
    let db: Db | undefined;
    try {
      mkdirSync(dirname(file), { recursive: true });
      db = openDatabase(file);
      db.exec(LEDGER_SQL);
      const existing = new Set(
        (db.prepare("SELECT lower(name) AS name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
      );
      for (const table of tables) if (!existing.has(table.name.toLowerCase())) db.exec(table.createSql);
      return new SqliteTarget(db, runId, options.resuming ?? false);
    } catch (error) {
      db?.close();
      throw new UserError(`cannot open the target database: ${(error as Error).message}`, { file: label });
    }
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Prepares the statements that load one table. */
  writer(plan: TablePlan): TableWriter {
    const columns = plan.fields.map((f) => f.column.name);
    const keyIndexes = plan.table.primaryKey.map((k) => columns.findIndex((c) => c.toLowerCase() === k.toLowerCase()));
    const hasKey = keyIndexes.length > 0 && keyIndexes.every((i) => i >= 0);
    const insert = this.db.prepare(upsertSql(plan.table.name, columns, hasKey ? plan.table.primaryKey : []));
    const ledgerGet = this.db.prepare('SELECT row_hash, run_id FROM _cutover_loaded WHERE table_name = ? AND row_key = ?');
    const ledgerPut = this.db.prepare(
      `INSERT INTO _cutover_loaded (table_name, row_key, row_hash, run_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (table_name, row_key) DO UPDATE SET row_hash = excluded.row_hash, run_id = excluded.run_id`,
    );
    const parents = plan.parents.map((fk) => parentCheck(this.db, fk, columns));
    const tableName = plan.table.name;
    return {
      missingParent: (values) => parents.find((p) => p.missing(values))?.fk ?? null,
      load: (values) => {
        const hash = rowHash(values);
        const key = rowKey(values, hasKey ? keyIndexes : [], hash);
        const previous = ledgerGet.get(tableName, key) as { row_hash: string; run_id: string } | undefined;
        if (previous?.run_id === this.runId && !(this.resuming && previous.row_hash === hash)) return 'duplicate';
        if (previous?.row_hash === hash) {
          ledgerPut.run(tableName, key, hash, this.runId);
          return 'skipped';
        }
        insert.run(...values);
        ledgerPut.run(tableName, key, hash, this.runId);
        return 'written';
      },
    };
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }
}

/** A loaded row's content hash, as the ledger keeps it: what reconciliation recomputes from the target. */
export function rowHash(values: readonly TargetValue[]): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('base64');
}

/** A row's key in the ledger: its primary key's values, or its content hash for a table without one. */
export function rowKey(values: readonly TargetValue[], keyIndexes: readonly number[], hash: string): string {
  return keyIndexes.length > 0 && keyIndexes.every((i) => i >= 0) ? keyIndexes.map((i) => String(values[i])).join('\u001f') : hash;
}

function upsertSql(table: string, columns: readonly string[], key: readonly string[]): string {
  const names = columns.map(quoteIdent).join(', ');
  const params = columns.map(() => '?').join(', ');
  const base = `INSERT INTO ${quoteIdent(table)} (${names}) VALUES (${params})`;
  if (key.length === 0) return base;
  const keySet = new Set(key.map((k) => k.toLowerCase()));
  const updates = columns.filter((c) => !keySet.has(c.toLowerCase())).map((c) => `${quoteIdent(c)} = excluded.${quoteIdent(c)}`);
  const conflict = `ON CONFLICT (${key.map(quoteIdent).join(', ')})`;
  return updates.length === 0 ? `${base} ${conflict} DO NOTHING` : `${base} ${conflict} DO UPDATE SET ${updates.join(', ')}`;
}

function parentCheck(db: Db, fk: CatalogForeignKey, columns: readonly string[]) {
  const indexes = fk.columns.map((c) => columns.findIndex((name) => name.toLowerCase() === c.toLowerCase()));
  const refColumns = fk.refColumns.length === fk.columns.length ? fk.refColumns : fk.columns;
  const where = refColumns.map((c) => `${quoteIdent(c)} = ?`).join(' AND ');
  const lookup: Database.Statement = db.prepare(`SELECT 1 FROM ${quoteIdent(fk.refTable)} WHERE ${where} LIMIT 1`);
  return {
    fk,
    missing(values: readonly TargetValue[]): boolean {
      if (indexes.some((i) => i < 0)) return false;
      const key = indexes.map((i) => values[i]);
      if (key.some((v) => v === null || v === undefined)) return false;
      return lookup.get(...key) === undefined;
    },
  };
}
