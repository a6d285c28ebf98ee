import { UserError } from '../errors';
import type { Token } from './sql-lexer';

/**
 * Walks one statement's tokens. Every failure is a {@link UserError} naming the file
 * and the line of the token where reading stopped.
 */
export class TokenCursor {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    readonly file: string,
    /** The line reported when the statement ends where more was expected. */
    private readonly endLine: number,
  ) {}

  /** The statement's last token. */
  get last(): Token {
    return this.tokens[this.tokens.length - 1]!;
  }

  /** Tells whether every token has been read. */
  get atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  /** The token `offset` places ahead, without reading it. */
  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  /** Reads one token; running out is an error naming `expected`. */
  next(expected = 'more'): Token {
    const token = this.tokens[this.index];
    if (!token) return this.fail(`expected ${expected} but the statement ends`);
    this.index++;
    return token;
  }

  /** The tokens not read yet, which are then consumed. */
  rest(): Token[] {
    const rest = this.tokens.slice(this.index);
    this.index = this.tokens.length;
    return rest;
  }

  /** Tells whether the next tokens are these bare keywords, in order. */
  isKeywords(...words: string[]): boolean {
    return words.every((word, k) => this.peek(k)?.keyword === word);
  }

  /** Reads these keywords if they come next. */
  acceptKeywords(...words: string[]): boolean {
    if (!this.isKeywords(...words)) return false;
    this.index += words.length;
    return true;
  }

  /** Tells whether the next token is this punctuation. */
  isPunct(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.text === text;
  }

  /** Reads this punctuation if it comes next. */
  acceptPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.index++;
    return true;
  }

  /** Reads a parenthesised group (parentheses are balanced by then) and returns what is inside. */
  group(what: string): Token[] {
    if (!this.isPunct('(')) this.fail(`expected ( before ${what}`);
    const start = ++this.index;
    let depth = 1;
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.kind !== 'punct') continue;
      if (token.text === '(') depth++;
      if (token.text === ')' && --depth === 0) return this.tokens.slice(start, this.index - 1);
    }
    return this.fail(`the ( before ${what} is never closed`);
  }

  /** Throws a {@link UserError} at the current token's line. */
  fail(message: string): never {
    throw new UserError(message, { file: this.file, line: this.peek()?.line ?? this.endLine });
  }
}

/** Splits tokens at the commas that are not inside parentheses. */
export function splitAtCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'punct') {
      if (token.text === '(') depth++;
      if (token.text === ')') depth--;
      if (token.text === ',' && depth === 0) {
        parts.push([]);
        continue;
      }
    }
    parts[parts.length - 1]!.push(token);
  }
  return parts;
}

/** Tells whether a token can name something: a bare word or a quoted identifier. */
export function isName(token: Token | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'quoted';
}
