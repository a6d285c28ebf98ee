/** Where a declaration was read: the file as the user names it, and its line. */
export interface DraftPlace {
  file: string;
  line?: number;
}

/** A column as declared, before the catalog is checked as a whole. */
export interface DraftColumn extends DraftPlace {
  name: string;
  /** Normalised declared type (see {@link normaliseType}). */
  type: string;
  notNull: boolean;
}

/** A key as declared: its columns and where. */
export interface DraftKey extends DraftPlace {
  columns: string[];
}

/** A foreign key as declared; the parent is checked only once every file is read. */
export interface DraftForeignKey extends DraftKey {
  refTable: string;
  /** Empty when the declaration leaves them out: the parent's primary key is meant. */
  refColumns: string[];
}

/** A table as declared by `CREATE TABLE` or by the rows of a field-level CSV. */
export interface DraftTable extends DraftPlace {
  name: string;
  columns: DraftColumn[];
  /** More than one is a mistake the assembly reports. */
  primaryKeys: DraftKey[];
  foreignKeys: DraftForeignKey[];
  /** For SQLite DDL: the statement as written, name unqualified, kept when SQLite agrees with it. */
  sqliteSql?: string;
}

/** What an `ALTER TABLE` adds to a table declared elsewhere, possibly in another file. */
export type DraftChange = DraftPlace & { table: string } & (
    | { kind: 'primary-key'; key: DraftKey }
    | { kind: 'foreign-key'; foreignKey: DraftForeignKey }
    | { kind: 'column'; column: DraftColumn }
    | { kind: 'not-null'; column: string }
  );

/** Everything read from a catalog's files, ready to be assembled into a catalog. */
export interface CatalogDraft {
  tables: DraftTable[];
  changes: DraftChange[];
}

/**
 * Normalises a declared type so the same type reads the same from every source:
 * upper case, single spaces, no spaces inside parentheses (`varchar( 50 )` → `VARCHAR(50)`).
 */
export function normaliseType(type: string): string {
  return type
    .trim()
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*,\s*/g, ',')
    .replace(/\s*\)/g, ')')
    .replace(/\s*\[\s*/g, '[')
    .replace(/\s*\]/g, ']');
}

/** The maximum length a character type declares (`VARCHAR(50)` → 50), or null. */
export function declaredLength(type: string): number | null {
  const match = /^([A-Z0-9_ ]*?)\((\d+)\)/.exec(type);
  if (!match || !/CHAR|TEXT|VARYING|CLOB|STRING/.test(match[1]!)) return null;
  return Number(match[2]);
}
