/** A column of a target table. */
export interface CatalogColumn {
  name: string;
  /** Declared type as written, upper-cased (`VARCHAR(50)`, `INTEGER`, `DATE`). */
  type: string;
  notNull: boolean;
  /** Maximum length for character types that declare one. */
  length: number | null;
}

/** A foreign key of a target table. */
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
  createSql: string;
}

/** What the target holds: its tables. */
export interface Catalog {
  tables: CatalogTable[];
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
