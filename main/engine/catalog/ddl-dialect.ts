import type { SqlDialect } from './sql-lexer';

/** Constructs only PostgreSQL writes (or that its tools write in their headers). */
const POSTGRESQL_SIGNS = [
  /postgres/i,
  /\b(?:big|small)?serial\b/i,
  /::\s*[a-z]/i,
  /\$[a-z_]*\$/i,
  /\bwith(?:out)?\s+time\s+zone\b/i,
  /\b(?:bytea|jsonb|uuid|tsvector|inet|citext)\b/i,
  /\bcharacter\s+varying\b/i,
  /\bset\s+search_path\b/i,
  /\b(?:owner\s+to|create\s+extension|alter\s+table\s+only)\b/i,
  /\bunlogged\s+table\b/i,
];

/** Constructs only SQLite writes. */
const SQLITE_SIGNS = [/sqlite/i, /\bautoincrement\b/i, /\bwithout\s+rowid\b/i, /\)\s*strict\s*[;,]?\s*$/im, /\bpragma\b/i, /^\s*\[\w[^\]\n]*\]\s+\w/m];

/**
 * Guesses the dialect of a DDL text. Both read the same way here except for square
 * brackets (identifier quotes in SQLite, arrays in PostgreSQL), so a wrong guess costs
 * little; SQLite wins ties because it is the default target.
 */
export function detectDialect(text: string): SqlDialect {
  const postgresql = POSTGRESQL_SIGNS.filter((sign) => sign.test(text)).length;
  const sqlite = SQLITE_SIGNS.filter((sign) => sign.test(text)).length;
  return postgresql > sqlite ? 'postgresql' : 'sqlite';
}
