/** Where a captured value ended in the current chunk, or why it is malformed. */
export type CaptureResult =
  | { kind: 'more' }
  | { kind: 'done'; end: number }
  | { kind: 'mismatch'; at: number; reason: string };

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/**
 * Collects the text of one JSON value as it streams past in chunks, following strings
 * and brackets just enough to see where the value ends, so it can be handed whole to
 * `JSON.parse`. It walks character codes in a tight loop (this is the hot path of a
 * large file), counting line breaks for the scanner, and reports mismatched brackets at once.
 */
export class ValueCapture {
  private readonly pieces: string[] = [];
  private readonly stack: number[] = [];
  private inString = false;
  private escaped = false;
  private readonly scalar: boolean;
  /** Characters collected so far, for the size limit. */
  length = 0;
  /** Line breaks passed in the last {@link advance}, and the index of the last one. */
  newlines = 0;
  lastNewline = -1;

  /** Starts a capture at its first character, at `from` in the current chunk. */
  constructor(
    first: string,
    /** Where the value starts. */
    readonly line: number,
    readonly column: number,
    private from: number,
  ) {
    this.scalar = first !== '"' && first !== '{' && first !== '[';
    if (first === '"') this.inString = true;
    else if (!this.scalar) this.stack.push(first === '{' ? 125 : 93);
  }

  /** Reads on from `start` (just after what was read before) until the value ends or the chunk does. */
  advance(chunk: string, start: number): CaptureResult {
    this.newlines = 0;
    this.lastNewline = -1;
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.scalar) {
        // , ] } and whitespace end a number or literal; the scanner reads that character itself.
        if (c === 44 || c === 93 || c === 125 || c === 32 || c === NEWLINE || c === 13 || c === 9) return { kind: 'done', end: i };
        continue;
      }
      if (c === NEWLINE) {
        this.newlines++;
        this.lastNewline = i;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.stack.length === 0) return { kind: 'done', end: i + 1 };
        }
      } else if (c === QUOTE) this.inString = true;
      else if (c === 123) this.stack.push(125);
      else if (c === 91) this.stack.push(93);
      else if (c === 125 || c === 93) {
        const expected = this.stack.pop();
        if (c !== expected) {
          return { kind: 'mismatch', at: i, reason: `a ${String.fromCharCode(c)} where ${String.fromCharCode(expected ?? 0)} was expected` };
        }
        if (this.stack.length === 0) return { kind: 'done', end: i + 1 };
      }
    }
    return { kind: 'more' };
  }

  /** Keeps the rest of a chunk that ended inside the value. */
  keepRest(chunk: string): void {
    const piece = chunk.slice(this.from);
    this.pieces.push(piece);
    this.length += piece.length;
    this.from = 0;
  }

  /** The whole value's text, ending just before `end` in the current chunk. */
  finish(chunk: string, end: number): string {
    this.pieces.push(chunk.slice(this.from, end));
    return this.pieces.join('');
  }

  /** Whether the value can end at the end of the input (a bare number or literal). */
  get endsAtEof(): boolean {
    return this.scalar;
  }
}
