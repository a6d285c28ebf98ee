import { Transform, type TransformCallback } from 'node:stream';
import { UserError } from '../../errors';

/** What a {@link LineGuard} checks text against. */
export interface LineGuardOptions {
  /** The file name shown in messages. */
  label: string;
  /** Longest line accepted, in characters. */
  maxLineChars: number;
  /** The character that ends a line: `\n`, or `\r` in old Mac files. */
  lineBreak: '\n' | '\r';
}

/**
 * Passes decoded text through whole lines at a time and ends the text cleanly before the
 * first line holding a NUL character (binary content) or longer than the limit, keeping
 * the reason in {@link problem}. A 50 MB line without a line break thus fails fast with a
 * clear message instead of exhausting memory, and every line before it still reaches the
 * parser: ending cleanly, rather than with a stream error, loses nothing in its buffers.
 */
export class LineGuard extends Transform {
  /** Why the text was cut short, if it was. */
  problem: UserError | null = null;
  private line = 1;
  /** The start of the current line, held back until its end shows it is sound. */
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly options: LineGuardOptions) {
    super({ decodeStrings: false, encoding: 'utf8' });
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.problem) return done();
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const nul = text.indexOf('\u0000');
    const { lineBreak } = this.options;
    let start = 0;
    for (let end = text.indexOf(lineBreak); end !== -1; end = text.indexOf(lineBreak, start)) {
      const length = (start === 0 ? this.pendingLength : 0) + end - start;
      if (!this.sound(nul !== -1 && nul >= start && nul < end, length)) {
        return this.stop(start === 0 ? '' : this.pending.join('') + text.slice(0, start), done);
      }
      this.line++;
      start = end + 1;
    }
    const length = (start === 0 ? this.pendingLength : 0) + text.length - start;
    if (!this.sound(nul >= start, length)) return this.stop(start === 0 ? '' : this.pending.join('') + text.slice(0, start), done);
    if (start === 0) {
      this.pending.push(text);
      this.pendingLength += text.length;
      return done();
    }
    const complete = this.pending.join('') + text.slice(0, start);
    this.pending = [text.slice(start)];
    this.pendingLength = text.length - start;
    done(null, complete);
  }

  override _flush(done: TransformCallback): void {
    if (this.problem) return done();
    done(null, this.pending.join(''));
  }

  private sound(hasNul: boolean, length: number): boolean {
    const { maxLineChars, label } = this.options;
    if (hasNul) {
      this.problem = new UserError('binary content (a NUL byte) in a text file; is this really a text export?', { file: label, line: this.line });
    } else if (length > maxLineChars) {
      const megabytes = Math.round(maxLineChars / (1024 * 1024));
      this.problem = new UserError(`a line is longer than ${megabytes} MB, the most a record may hold; is this really a text export?`, {
        file: label,
        line: this.line,
      });
    }
    return this.problem === null;
  }

  private stop(before: string, done: TransformCallback): void {
    this.pending = [];
    this.pendingLength = 0;
    if (before) this.push(before);
    this.push(null);
    done();
  }
}
