import type { ProjectProblem } from '../../../preload/contract';

/** A column of a target table. */
export interface CatalogColumn {
  name: string;
  /** Declared type as written, upper-cased with spacing normalised (`VARCHAR(50)`, `INTEGER`, `DATE`). */
  type: string;
  notNull: boolean;
  /** Maximum length for character types that declare one. */
  length: number | null;
}

/** A foreign key of a target table; names are spelled as the parent table declares them. */
export interface CatalogForeignKey {
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/** A target table: columns, key, foreign keys and the DDL that creates it. */
export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
  foreignKeys: CatalogForeignKey[];
  /** A SQLite `CREATE TABLE` for the target, whichever dialect the catalog was read from. */
  createSql: string;
}

/** What the target holds: its tables. */
export interface Catalog {
  tables: CatalogTable[];
}

/**
 * A catalog read from its files with every problem found on the way (a foreign key to
 * an unknown table, a broken statement), each naming its file and line. The catalog
 * holds whatever could be read despite them.
 */
export interface CatalogRead {
  catalog: Catalog;
  problems: ProjectProblem[];
}

/** Finds a table by name, ignoring case as SQL does. */
export function findTable(catalog: Catalog, name: string): CatalogTable | undefined {
  const wanted = name.toLowerCase();
  return catalog.tables.find((t) => t.name.toLowerCase() === wanted);
}

/** Finds a column by name, ignoring case as SQL does. */
export function findColumn(table: CatalogTable, name: string): CatalogColumn | undefined {
  const wanted = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === wanted);
}
