import type { Db } from '../../../store/open-database';
import { quoteIdent } from '../../catalog/sqlite-ddl';
import type { DiscoveredColumn, DiscoveredTable } from '../connector';

/** A table or view of a SQLite file. */
export interface SqliteObject {
  name: string;
  kind: 'table' | 'view';
}

/** How to fill in row counts. */
export interface CountPolicy {
  /** Count tables exactly with COUNT(*); otherwise fall back to sqlite_stat1, else null. */
  exact: boolean;
  /** Leave out tables whose name starts with one of these (our own bookkeeping tables). */
  hidePrefixes?: readonly string[];
  /** Which kinds to list; both by default. */
  kinds?: readonly SqliteObject['kind'][];
}

/** Lists the user's tables and views (SQLite's internal `sqlite_*` tables left out), by name. */
export function listSqliteObjects(db: Db): SqliteObject[] {
  return db
    .prepare(
      `SELECT name, type AS kind FROM sqlite_schema
       WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as SqliteObject[];
}

/**
 * The columns `SELECT *` returns, with their declared types. `table_xinfo` rather than
 * `table_info` so generated columns are listed too; hidden columns of virtual tables are
 * left out because `SELECT *` leaves them out.
 */
export function sqliteColumns(db: Db, name: string): DiscoveredColumn[] {
  const rows = db.prepare(`SELECT name, type, hidden FROM pragma_table_xinfo(?)`).all(name) as { name: string; type: string; hidden: number }[];
  return rows
    .filter((c) => c.hidden !== 1)
    .map((c) => (c.type ? { name: c.name, declaredType: c.type } : { name: c.name }));
}

/** Rows per table from `sqlite_stat1` (written by ANALYZE), when the file has it. */
function statRowCounts(db: Db): Map<string, number> {
  const counts = new Map<string, number>();
  const hasStat = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'").get();
  if (!hasStat) return counts;
  for (const { tbl, stat } of db.prepare('SELECT tbl, stat FROM sqlite_stat1').all() as { tbl: string; stat: string | null }[]) {
    const rows = Number.parseInt(String(stat ?? '').split(' ')[0] ?? '', 10);
    if (Number.isFinite(rows) && rows >= 0) counts.set(tbl, Math.max(rows, counts.get(tbl) ?? 0));
  }
  return counts;
}

/** Counts a table's rows exactly. */
export function countSqliteRows(db: Db, name: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }).n;
}

/**
 * Discovers the tables and views of an open SQLite file. Views get no row estimate:
 * counting one runs its query, which can cost anything. A view SQLite cannot resolve (over
 * a dropped table, say) is listed without columns and with its problem, rather than
 * failing the whole file.
 */
export function inspectSqlite(db: Db, label: string, policy: CountPolicy): DiscoveredTable[] {
  const stats = policy.exact ? new Map<string, number>() : statRowCounts(db);
  const kinds = policy.kinds ?? ['table', 'view'];
  const hidden = policy.hidePrefixes ?? [];
  const tables: DiscoveredTable[] = [];
  for (const object of listSqliteObjects(db)) {
    if (!kinds.includes(object.kind) || hidden.some((prefix) => object.name.startsWith(prefix))) continue;
    let columns: DiscoveredColumn[] = [];
    try {
      columns = sqliteColumns(db, object.name);
    } catch (error) {
      if ((error as Error).name !== 'SqliteError') throw error;
      const text = `${object.kind} "${object.name}" cannot be read: ${(error as Error).message}`;
      tables.push({ name: object.name, kind: object.kind, columns, rowEstimate: null, problem: { file: label, text } });
      continue;
    }
    let rowEstimate: number | null = null;
    if (object.kind === 'table') rowEstimate = policy.exact ? countSqliteRows(db, object.name) : (stats.get(object.name) ?? null);
    tables.push({ name: object.name, kind: object.kind, columns, rowEstimate });
  }
  return tables;
}
