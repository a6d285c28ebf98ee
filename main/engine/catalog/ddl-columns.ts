import { UserError } from '../errors';
import type { DraftColumn, DraftForeignKey, DraftKey } from './catalog-draft';
import { normaliseType } from './catalog-draft';
import type { Token } from './sql-lexer';
import { TokenCursor, isName, splitAtCommas } from './token-cursor';

/** A column definition: the column and the keys it declares inline. */
export interface ColumnDefinition {
  column: DraftColumn;
  primaryKey: DraftKey | null;
  foreignKey: DraftForeignKey | null;
}

/** Words that end a column's type: each starts a column constraint (SQLite and PostgreSQL). */
const CONSTRAINT_WORDS = new Set([
  'CONSTRAINT', 'NOT', 'NULL', 'PRIMARY', 'UNIQUE', 'CHECK', 'DEFAULT', 'REFERENCES', 'COLLATE',
  'GENERATED', 'AS', 'AUTOINCREMENT', 'AUTO_INCREMENT', 'ON', 'COMMENT',
]);

/** Reads `name type [constraints…]` from the tokens of one table element. */
export function readColumnDefinition(tokens: readonly Token[], file: string, table: string, line: number): ColumnDefinition {
  const cursor = new TokenCursor(tokens, file, tokens[0]?.line ?? line);
  const nameToken = cursor.next('a column name');
  if (!isName(nameToken)) cursor.fail(`expected a column name in ${table}, found "${nameToken.text}"`);
  const place = { file, line: nameToken.line };
  const type = readType(cursor);
  const column: DraftColumn = { name: nameToken.text, type, notNull: false, ...place };
  let primaryKey: DraftKey | null = null;
  let foreignKey: DraftForeignKey | null = null;
  while (!cursor.atEnd) {
    if (cursor.acceptKeywords('NOT', 'NULL')) column.notNull = true;
    else if (cursor.acceptKeywords('PRIMARY', 'KEY')) primaryKey = { columns: [column.name], ...place };
    else if (cursor.acceptKeywords('REFERENCES')) {
      const parent = readReference(cursor);
      foreignKey = { columns: [column.name], ...parent, ...place };
    } else if (cursor.isPunct('(')) cursor.group('an expression');
    else cursor.next();
  }
  return { column, primaryKey, foreignKey };
}

/**
 * Reads a type: its words, an optional `(n[, m])` and PostgreSQL's array brackets, up to
 * the first constraint word. SQLite allows a column without a type; so does this.
 */
function readType(cursor: TokenCursor): string {
  const parts: string[] = [];
  for (;;) {
    const token = cursor.peek();
    if (!token) break;
    if ((token.kind === 'word' && !CONSTRAINT_WORDS.has(token.keyword)) || token.kind === 'quoted') {
      parts.push(cursor.next().text);
    } else if (token.kind === 'punct' && token.text === '(' && parts.length > 0) {
      parts.push(`(${cursor.group('type arguments').map((t) => t.text).join(' ')})`);
    } else if (token.kind === 'punct' && (token.text === '[' || token.text === ']' || token.text === '.') && parts.length > 0) {
      parts.push(cursor.next().text);
    } else if (token.kind === 'number' && cursor.peek(-1)?.text === '[') {
      parts.push(cursor.next().text);
    } else break;
  }
  return normaliseType(parts.join(' ').replace(/ \. /g, '.'));
}

/** Reads what follows `REFERENCES`: a table and, optionally, its columns. */
export function readReference(cursor: TokenCursor): { refTable: string; refColumns: string[] } {
  const line = cursor.peek()?.line ?? 1;
  const refTable = readQualifiedName(cursor, 'the referenced table');
  const refColumns = cursor.isPunct('(') ? readColumnList(cursor.group('the referenced columns'), cursor.file, line) : [];
  return { refTable, refColumns };
}

/**
 * Reads a possibly qualified name and keeps its last part, so `public.person`,
 * `"main"."person"` and `@cdmDatabaseSchema.person` all name `person`.
 */
export function readQualifiedName(cursor: TokenCursor, what: string): string {
  const parts: Token[] = [];
  for (;;) {
    const token = cursor.peek();
    if (!isName(token) && token?.kind !== 'placeholder') {
      if (parts.length === 0) cursor.fail(`expected ${what}${token ? `, found "${token.text}"` : ''}`);
      break;
    }
    parts.push(cursor.next());
    if (!cursor.acceptPunct('.')) break;
  }
  const last = parts[parts.length - 1]!;
  if (last.kind === 'placeholder') cursor.fail(`${what} is only a placeholder (@${last.text})`);
  return last.text;
}

/** Reads `(a, b DESC, c COLLATE x)` into the column names; `line` is the list's. */
export function readColumnList(tokens: readonly Token[], file: string, line: number): string[] {
  return splitAtCommas(tokens).map((part) => {
    const name = part[0];
    if (!name || !isName(name)) {
      throw new UserError(name ? `expected a column name, found "${name.text}"` : 'expected a column name', { file, line: name?.line ?? line });
    }
    return name.text;
  });
}
