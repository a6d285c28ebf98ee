import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../errors';
import type { Catalog, CatalogForeignKey, CatalogTable } from './catalog';
import { declaredLength, normaliseType } from './catalog-draft';

/**
 * Reads a SQLite DDL file into a catalog by running it in a scratch in-memory database
 * and asking SQLite what it made: SQLite's own parser, so nothing is guessed. Projects
 * read DDL with `readDdl`, which also takes PostgreSQL, OMOP's placeholders and
 * keys added by ALTER TABLE; this stays as the reference that reader is checked against.
 */
export function readSqliteDdl(file: string, label = file): Catalog {
  let sql: string;
  try {
    sql = readFileSync(file, 'utf8');
  } catch {
    throw new UserError('catalog DDL file not found or not readable', { file: label });
  }
  return readSqliteSql(sql, label);
}

/** What SQLite makes of DDL text (see {@link readSqliteDdl}); `label` names it in errors. */
export function readSqliteSql(sql: string, label: string): Catalog {
  const db = scratchDatabase();
  try {
    try {
      db.exec(sql);
    } catch (error) {
      throw new UserError(`not valid SQLite DDL: ${(error as Error).message}`, { file: label, line: lineOfError(sql, error) });
    }
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
      .all() as { name: string; sql: string }[];
    return { tables: tables.map((t) => describeSqliteTable(db, t.name, t.sql)) };
  } finally {
    db.close();
  }
}

/** An in-memory SQLite database to try DDL in; close it after use. */
export function scratchDatabase(): Database.Database {
  return new Database(':memory:', { nativeBinding: process.env.CUTOVER_SQLITE_BINDING || undefined });
}

/** What SQLite says a table of `db` is: its columns, primary key and foreign keys. */
export function describeSqliteTable(db: Database.Database, name: string, createSql: string): CatalogTable {
  const info = db.prepare(`PRAGMA table_info(${quoteIdent(name)})`).all() as {
    name: string;
    type: string;
    notnull: number;
    pk: number;
  }[];
  const fkRows = db.prepare(`PRAGMA foreign_key_list(${quoteIdent(name)})`).all() as {
    id: number;
    table: string;
    from: string;
    to: string | null;
  }[];
  const foreignKeys = new Map<number, CatalogForeignKey>();
  for (const fk of fkRows) {
    const entry = foreignKeys.get(fk.id) ?? { columns: [], refTable: fk.table, refColumns: [] };
    entry.columns.push(fk.from);
    if (fk.to) entry.refColumns.push(fk.to);
    foreignKeys.set(fk.id, entry);
  }
  return {
    name,
    columns: info.map((c) => ({
      name: c.name,
      type: normaliseType(c.type),
      notNull: c.notnull === 1 || c.pk > 0,
      length: declaredLength(normaliseType(c.type)),
    })),
    primaryKey: info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
    foreignKeys: [...foreignKeys.values()],
    createSql,
  };
}

/** Quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function lineOfError(sql: string, error: unknown): number | undefined {
  const near = /near "([^"]+)"/.exec((error as Error).message)?.[1];
  if (!near) return undefined;
  const index = sql.indexOf(near);
  return index < 0 ? undefined : sql.slice(0, index).split('\n').length;
}
