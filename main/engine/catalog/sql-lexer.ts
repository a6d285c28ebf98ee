import { UserError } from '../errors';

/** The SQL dialects a DDL file can be written in. */
export type SqlDialect = 'sqlite' | 'postgresql';

/** What a token is; comments and whitespace never become tokens. */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'placeholder' | 'punct';

/** One lexical token of a SQL text, with the line it starts on. */
export interface Token {
  kind: TokenKind;
  /** The text; for quoted identifiers and strings, the content without quotes. */
  text: string;
  /** Upper-cased text of a bare word, for keyword tests; empty for every other kind. */
  keyword: string;
  line: number;
  /** Where the token starts and ends in the text, quotes included. */
  offset: number;
  end: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;
const DIGIT = /[0-9]/;

/**
 * Splits SQL text into tokens. Comments are dropped; `@name` (the OHDSI SqlRender
 * placeholders of the OMOP files) is a token of its own so schema qualifiers can be
 * stripped. Square brackets quote identifiers in SQLite but are array brackets in
 * PostgreSQL, which is why the dialect is asked for.
 */
export function tokenize(text: string, file: string, dialect: SqlDialect): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let start = 0;
  const push = (kind: TokenKind, value: string, at: number) =>
    tokens.push({ kind, text: value, keyword: kind === 'word' ? value.toUpperCase() : '', line: at, offset: start, end: i });
  const fail = (message: string, at: number): never => {
    throw new UserError(message, { file, line: at });
  };
  /** Reads up to the closing delimiter; a doubled closer stands for itself. */
  const readDelimited = (close: string, what: string, backslashEscapes = false): string => {
    const startLine = line;
    let value = '';
    i++;
    for (;;) {
      if (i >= text.length) return fail(`${what} opened here is never closed`, startLine);
      const ch = text[i]!;
      if (ch === '\n') line++;
      if (backslashEscapes && ch === '\\' && i + 1 < text.length) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === close) {
        if (text[i + 1] === close) {
          value += close;
          i += 2;
          continue;
        }
        i++;
        return value;
      }
      value += ch;
      i++;
    }
  };
  while (i < text.length) {
    const ch = text[i]!;
    const startLine = line;
    start = i;
    if (ch === '\n') {
      line++;
      i++;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (ch === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('a /* comment opened here is never closed', startLine);
      line += countNewlines(text, i, end);
      i = end + 2;
    } else if (ch === "'") {
      push('string', readDelimited("'", 'a quoted string'), startLine);
    } else if ((ch === 'E' || ch === 'e') && text[i + 1] === "'" && dialect === 'postgresql') {
      i++;
      push('string', readDelimited("'", 'a quoted string', true), startLine);
    } else if (ch === '"') {
      push('quoted', readDelimited('"', 'a quoted identifier'), startLine);
    } else if (ch === '`') {
      push('quoted', readDelimited('`', 'a quoted identifier'), startLine);
    } else if (ch === '[' && dialect === 'sqlite') {
      push('quoted', readDelimited(']', 'a [bracketed] identifier'), startLine);
    } else if (ch === '$' && /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 66))) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66))![0];
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) fail(`a ${tag}-quoted string opened here is never closed`, startLine);
      line += countNewlines(text, i, close);
      i = close + tag.length;
      push('string', text.slice(start + tag.length, close), startLine);
    } else if (ch === '@' && i + 1 < text.length && WORD_START.test(text[i + 1]!)) {
      i++;
      while (i < text.length && WORD_PART.test(text[i]!)) i++;
      push('placeholder', text.slice(start + 1, i), startLine);
    } else if (WORD_START.test(ch)) {
      while (i < text.length && WORD_PART.test(text[i]!)) i++;
      push('word', text.slice(start, i), startLine);
    } else if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(text[i + 1] ?? ''))) {
      i += /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64))![0].length;
      push('number', text.slice(start, i), startLine);
    } else if (ch === ':' && text[i + 1] === ':') {
      i += 2;
      push('punct', '::', startLine);
    } else {
      i++;
      push('punct', ch, startLine);
    }
  }
  return tokens;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) count++;
  return count;
}
