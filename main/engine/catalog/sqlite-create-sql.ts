import type { CatalogForeignKey, CatalogTable } from './catalog';
import { quoteIdent } from './sqlite-ddl';

const SQLITE_TYPE = /^[A-Z_][A-Z0-9_]*(?: [A-Z_][A-Z0-9_]*)*(?:\([+-]?\d+(?:,[+-]?\d+)?\))?$/;

/**
 * Writes the SQLite `CREATE TABLE` of a catalog table, whatever dialect it was read
 * from: columns with their types and NOT NULL, the primary key and every foreign key.
 * Foreign keys that close a cycle are `DEFERRABLE INITIALLY DEFERRED`, so a transaction
 * that loads every table of the cycle can commit.
 */
export function sqliteCreateSql(table: Omit<CatalogTable, 'createSql'>, deferred: ReadonlySet<CatalogForeignKey> = new Set()): string {
  const lines = table.columns.map((c) => {
    const type = sqliteTypeName(c.type);
    return `  ${quoteIdent(c.name)}${type ? ` ${type}` : ''}${c.notNull ? ' NOT NULL' : ''}`;
  });
  if (table.primaryKey.length > 0) lines.push(`  PRIMARY KEY (${table.primaryKey.map(quoteIdent).join(', ')})`);
  for (const fk of table.foreignKeys) {
    const refColumns = fk.refColumns.length > 0 ? ` (${fk.refColumns.map(quoteIdent).join(', ')})` : '';
    const timing = deferred.has(fk) ? ' DEFERRABLE INITIALLY DEFERRED' : '';
    lines.push(`  FOREIGN KEY (${fk.columns.map(quoteIdent).join(', ')}) REFERENCES ${quoteIdent(fk.refTable)}${refColumns}${timing}`);
  }
  return `CREATE TABLE ${quoteIdent(table.name)} (\n${lines.join(',\n')}\n)`;
}

/**
 * A declared type SQLite accepts. SQLite takes any words with an optional `(n[,m])`, so
 * most types pass unchanged (affinity comes from the words); PostgreSQL arrays become
 * TEXT, and arguments SQLite cannot read (`VARCHAR(MAX)`, `TIMESTAMP(3) WITH TIME
 * ZONE`) are dropped while the words stay.
 */
export function sqliteTypeName(type: string): string {
  if (type === '' || SQLITE_TYPE.test(type)) return type;
  if (type.includes('[')) return 'TEXT';
  const words = type.replace(/\([^)]*\)/g, ' ').replace(/[^A-Z0-9_ ]/g, ' ').trim().split(/\s+/).filter((w) => /^[A-Z_]/.test(w));
  return words.length > 0 ? words.join(' ') : 'TEXT';
}
