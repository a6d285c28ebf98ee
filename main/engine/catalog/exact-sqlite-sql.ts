import type { Catalog, CatalogTable } from './catalog';
import { describeSqliteTable, scratchDatabase } from './sqlite-ddl';

/**
 * Keeps a SQLite table's own `CREATE TABLE` as its `createSql` when SQLite reads it to
 * the very table the catalog holds, so what the catalog does not model (CHECK, UNIQUE,
 * DEFAULT, COLLATE, STRICT) still reaches the target exactly as written. A table whose
 * keys came from ALTER TABLE, or lost a foreign key to a problem, keeps the generated SQL.
 */
export function keepExactSqliteSql(catalog: Catalog, originals: ReadonlyMap<string, string>): Catalog {
  if (originals.size === 0) return catalog;
  const db = scratchDatabase();
  try {
    const tables = catalog.tables.map((table) => {
      const original = originals.get(table.name.toLowerCase());
      if (!original) return table;
      try {
        db.exec(original);
      } catch {
        return table;
      }
      return sameTable(describeSqliteTable(db, table.name, original), table) ? { ...table, createSql: original } : table;
    });
    return { tables };
  } finally {
    db.close();
  }
}

function sameTable(sqlite: CatalogTable, catalog: CatalogTable): boolean {
  // SQLite lists foreign keys last declared first and spells parents as written.
  const keys = (t: CatalogTable) =>
    t.foreignKeys
      .map((fk) => JSON.stringify([fk.columns, fk.refTable.toLowerCase(), fk.refColumns.map((c) => c.toLowerCase())]))
      .sort();
  return (
    JSON.stringify(sqlite.columns) === JSON.stringify(catalog.columns) &&
    JSON.stringify(sqlite.primaryKey) === JSON.stringify(catalog.primaryKey) &&
    JSON.stringify(keys(sqlite)) === JSON.stringify(keys(catalog))
  );
}
