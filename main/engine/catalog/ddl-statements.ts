import type { DraftChange, DraftForeignKey, DraftKey, DraftTable } from './catalog-draft';
import { readColumnDefinition, readColumnList, readQualifiedName, readReference } from './ddl-columns';
import type { Token } from './sql-lexer';
import type { Statement } from './sql-statements';
import { quoteIdent } from './sqlite-ddl';
import { TokenCursor, isName, splitAtCommas } from './token-cursor';

/** What one statement declares: a table, changes to tables, or nothing a catalog needs. */
export type DdlDeclaration = { kind: 'table'; table: DraftTable } | { kind: 'changes'; changes: DraftChange[] } | { kind: 'other' };

const TABLE_MODIFIERS = new Set(['GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED']);

/**
 * Reads `CREATE TABLE` and `ALTER TABLE … ADD …`; every other statement (indexes,
 * views, grants, inserts) is `other`. Mistakes throw a UserError naming file and line.
 * Given the text of a SQLite file, a table keeps its statement as written.
 */
export function readDdlStatement(statement: Statement, file: string, sqliteSource?: string): DdlDeclaration {
  const last = statement.tokens[statement.tokens.length - 1]!;
  const cursor = new TokenCursor(statement.tokens, file, last.line);
  if (cursor.acceptKeywords('CREATE')) {
    cursor.acceptKeywords('OR', 'REPLACE');
    while (TABLE_MODIFIERS.has(cursor.peek()?.keyword ?? '')) cursor.next();
    if (!cursor.acceptKeywords('TABLE')) return { kind: 'other' };
    return { kind: 'table', table: readCreateTable(cursor, statement.line, sqliteSource) };
  }
  if (cursor.acceptKeywords('ALTER', 'TABLE')) return { kind: 'changes', changes: readAlterTable(cursor) };
  return { kind: 'other' };
}

function readCreateTable(cursor: TokenCursor, line: number, source: string | undefined): DraftTable {
  const file = cursor.file;
  cursor.acceptKeywords('IF', 'NOT', 'EXISTS');
  const next = cursor.peek();
  if (!isName(next) && next?.kind !== 'placeholder') cursor.fail('CREATE TABLE without a table name');
  const name = readQualifiedName(cursor, 'a table name');
  if (cursor.isKeywords('AS')) cursor.fail(`CREATE TABLE ${name} AS … is not supported: declare its columns`);
  if (cursor.isKeywords('PARTITION', 'OF') || cursor.isKeywords('OF')) cursor.fail(`CREATE TABLE ${name} OF/PARTITION OF … is not supported`);
  if (!cursor.isPunct('(')) cursor.fail(`expected ( and the columns of ${name}`);
  const span = { start: cursor.peek()!.offset, end: cursor.last.end };
  let previousLine = cursor.peek()!.line;
  const body = cursor.group(`the columns of ${name}`);
  const table: DraftTable = { name, file, line, columns: [], primaryKeys: [], foreignKeys: [] };
  if (source) table.sqliteSql = `CREATE TABLE ${quoteIdent(name)} ${source.slice(span.start, span.end)}`;
  for (const element of splitAtCommas(body)) {
    if (element.length === 0) new TokenCursor([], file, previousLine).fail(`an empty column definition in ${name} (a stray comma?)`);
    previousLine = element[element.length - 1]!.line;
    if (element[0]!.keyword === 'LIKE') new TokenCursor(element, file, line).fail(`CREATE TABLE ${name} (LIKE …) is not supported`);
    if (isTableConstraint(element)) {
      const { primaryKey, foreignKey } = readTableConstraint(new TokenCursor(element, file, element[0]!.line));
      if (primaryKey) table.primaryKeys.push(primaryKey);
      if (foreignKey) table.foreignKeys.push(foreignKey);
      continue;
    }
    const definition = readColumnDefinition(element, file, name, line);
    table.columns.push(definition.column);
    if (definition.primaryKey) table.primaryKeys.push(definition.primaryKey);
    if (definition.foreignKey) table.foreignKeys.push(definition.foreignKey);
  }
  if (table.columns.length === 0) cursor.fail(`${name} declares no columns`);
  return table;
}

function isTableConstraint(element: readonly Token[]): boolean {
  const [first, second] = element;
  switch (first?.keyword) {
    case 'CONSTRAINT':
      return true;
    case 'PRIMARY':
    case 'FOREIGN':
      return second?.keyword === 'KEY';
    case 'UNIQUE':
    case 'CHECK':
    case 'EXCLUDE':
      return second?.kind === 'punct' || second?.keyword === 'KEY' || second?.keyword === 'USING';
    default:
      return false;
  }
}

/** Reads `[CONSTRAINT name] PRIMARY KEY (…) | FOREIGN KEY (…) REFERENCES … | UNIQUE … | CHECK …`. */
function readTableConstraint(cursor: TokenCursor): { primaryKey?: DraftKey; foreignKey?: DraftForeignKey } {
  if (cursor.acceptKeywords('CONSTRAINT')) cursor.next('a constraint name');
  const line = cursor.peek()?.line;
  const place = { file: cursor.file, line };
  if (cursor.acceptKeywords('PRIMARY', 'KEY')) {
    return { primaryKey: { columns: readColumnList(cursor.group('the primary key columns'), cursor.file, line ?? 1), ...place } };
  }
  if (cursor.acceptKeywords('FOREIGN', 'KEY')) {
    const columns = readColumnList(cursor.group('the foreign key columns'), cursor.file, line ?? 1);
    if (!cursor.acceptKeywords('REFERENCES')) cursor.fail('expected REFERENCES after FOREIGN KEY (…)');
    return { foreignKey: { columns, ...readReference(cursor), ...place } };
  }
  if (cursor.isKeywords('UNIQUE') || cursor.isKeywords('CHECK') || cursor.isKeywords('EXCLUDE')) return {};
  return cursor.fail('expected PRIMARY KEY, FOREIGN KEY, UNIQUE or CHECK');
}

/** Reads `ALTER TABLE name ADD …[, ADD …]`: keys, columns and PostgreSQL's `SET NOT NULL`. */
function readAlterTable(cursor: TokenCursor): DraftChange[] {
  cursor.acceptKeywords('IF', 'EXISTS');
  cursor.acceptKeywords('ONLY');
  const table = readQualifiedName(cursor, 'the table to alter');
  cursor.acceptPunct('*');
  const changes: DraftChange[] = [];
  for (const action of splitAtCommas(cursor.rest())) {
    if (action.length === 0) continue;
    const line = action[0]!.line;
    const place = { file: cursor.file, line, table };
    const part = new TokenCursor(action, cursor.file, line);
    if (part.acceptKeywords('ADD')) {
      const added = action.slice(1);
      if (isTableConstraint(added)) {
        const { primaryKey, foreignKey } = readTableConstraint(new TokenCursor(added, cursor.file, line));
        if (primaryKey) changes.push({ kind: 'primary-key', key: primaryKey, ...place });
        if (foreignKey) changes.push({ kind: 'foreign-key', foreignKey, ...place });
        continue;
      }
      const column = new TokenCursor(added, cursor.file, line);
      column.acceptKeywords('COLUMN');
      column.acceptKeywords('IF', 'NOT', 'EXISTS');
      const definition = readColumnDefinition(column.rest(), cursor.file, table, line);
      changes.push({ kind: 'column', column: definition.column, ...place });
      if (definition.primaryKey) changes.push({ kind: 'primary-key', key: definition.primaryKey, ...place });
      if (definition.foreignKey) changes.push({ kind: 'foreign-key', foreignKey: definition.foreignKey, ...place });
    } else if (part.acceptKeywords('ALTER')) {
      part.acceptKeywords('COLUMN');
      const column = part.next('a column name');
      if (isName(column) && part.acceptKeywords('SET', 'NOT', 'NULL')) changes.push({ kind: 'not-null', column: column.text, ...place });
    }
  }
  return changes;
}
