import { UserError } from '../../errors';
import { locateJsonError, positionIn } from './json-syntax';
import { ValueCapture } from './value-capture';

/** A top-level record found in a JSON document: the table it belongs to and where it starts. */
export interface ScannedRecord {
  table: string;
  value: Record<string, unknown>;
  line: number;
}

type Frame = 'doc' | 'array' | 'object' | 'member' | 'done';
type Expect = 'value' | 'value-or-close' | 'comma-or-close' | 'key' | 'key-or-close' | 'colon';

/** Tells whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Streams a JSON document's records without holding the document: a top-level array of
 * objects (one table, named after the file), or a top-level object whose arrays of
 * objects are each a table named after their key (its other members are ignored). An
 * object holding no such array is itself one record. Each record is parsed on its own
 * once its text is complete, so memory holds one record at a time, up to a size limit.
 * Malformed JSON is a UserError with the line and column of the problem.
 */
export class JsonDocumentScanner {
  private frame: Frame = 'doc';
  private expect: Expect = 'value';
  private capture: ValueCapture | null = null;
  private line = 1;
  private lineStart = 0;
  private offset = 0;
  private key = '';
  private memberIsTable: boolean | null = null;
  private memberItems: unknown[] = [];
  private memberRecords = 0;
  private rest: Record<string, unknown> = {};
  private restChars = 0;
  private tables = 0;
  private records: ScannedRecord[] = [];

  constructor(
    private readonly label: string,
    /** The table of a top-level array: the file's name. */
    private readonly fileTable: string,
    private readonly maxRecordChars: number,
  ) {}

  /** Scans the next chunk of text and returns the records completed in it. */
  push(chunk: string): ScannedRecord[] {
    for (let i = 0; i < chunk.length; i++) {
      if (this.capture) {
        const capture = this.capture;
        const result = capture.advance(chunk, i);
        if (capture.lastNewline !== -1) {
          this.line += capture.newlines;
          this.lineStart = this.offset + capture.lastNewline + 1;
        }
        if (result.kind === 'mismatch') this.fail(result.reason, this.line, this.column(result.at));
        if (result.kind === 'more') break;
        this.complete(capture.finish(chunk, result.end));
        i = result.end - 1;
        continue;
      }
      const c = chunk[i]!;
      if (c === '\n') {
        this.line++;
        this.lineStart = this.offset + i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') this.structure(c, i);
    }
    if (this.capture) {
      this.capture.keepRest(chunk);
      if (this.capture.length > this.maxRecordChars) {
        this.fail(`a value larger than ${Math.round(this.maxRecordChars / (1024 * 1024))} MB, the most one record may hold`, this.capture.line, this.capture.column);
      }
    }
    this.offset += chunk.length;
    return this.take();
  }

  /** Finishes the document: a truncated one is a UserError naming where it ends. */
  end(): ScannedRecord[] {
    if (this.capture?.endsAtEof) this.complete(this.capture.finish('', 0));
    const at = { line: this.line, column: this.column(0) };
    if (this.capture) this.fail(`the file ends inside a value that starts at line ${this.capture.line} (truncated JSON?)`, at.line, at.column);
    if (this.frame === 'doc') throw new UserError('the file is empty; a JSON array or object is expected', { file: this.label, line: 1 });
    if (this.frame !== 'done') this.fail('the file ends before the JSON document is complete (truncated JSON?)', at.line, at.column);
    if (this.tables === 0 && Object.keys(this.rest).length > 0) this.records.push({ table: this.fileTable, value: this.rest, line: 1 });
    return this.take();
  }

  private structure(c: string, i: number): void {
    const { frame, expect } = this;
    if (frame === 'done') return this.fail('unexpected text after the end of the JSON document', this.line, this.column(i));
    if (frame === 'doc') {
      if (c === '[' || c === '{') {
        this.frame = c === '[' ? 'array' : 'object';
        this.expect = c === '[' ? 'value-or-close' : 'key-or-close';
        return;
      }
      return this.fail('not JSON: expected [ or { at the start of the document', this.line, this.column(i));
    }
    const closer = frame === 'object' ? '}' : ']';
    if (expect === 'comma-or-close' || ((expect === 'value-or-close' || expect === 'key-or-close') && c === closer)) {
      if (c === ',' && expect === 'comma-or-close') this.expect = frame === 'object' ? 'key' : 'value';
      else if (c === closer) this.close();
      else this.fail(`expected , or ${closer}`, this.line, this.column(i));
      return;
    }
    if (expect === 'colon') {
      if (c !== ':') this.fail('expected : after a property name', this.line, this.column(i));
      this.expect = 'value';
      return;
    }
    if ((expect === 'key' || expect === 'key-or-close') && c !== '"') return this.fail('expected a property name in double quotes', this.line, this.column(i));
    if (frame === 'object' && expect === 'value' && c === '[') {
      this.frame = 'member';
      this.expect = 'value-or-close';
      this.memberIsTable = null;
      this.memberItems = [];
      this.memberRecords = 0;
      return;
    }
    if (c === ']' || c === '}' || c === ',' || c === ':') return this.fail('expected a value', this.line, this.column(i));
    // The capture takes this first character; the scan loop hands it the next ones.
    this.capture = new ValueCapture(c, this.line, this.column(i), i);
  }

  private close(): void {
    if (this.frame === 'member') {
      if (this.memberIsTable !== true) this.keep(this.key, this.memberItems, JSON.stringify(this.memberItems).length);
      this.frame = 'object';
      this.expect = 'comma-or-close';
    } else this.frame = 'done';
  }

  private complete(text: string): void {
    const capture = this.capture!;
    this.capture = null;
    if (text.length > this.maxRecordChars) {
      this.fail(`a value larger than ${Math.round(this.maxRecordChars / (1024 * 1024))} MB, the most one record may hold`, capture.line, capture.column);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const error = locateJsonError(text) ?? { offset: 0, reason: 'not valid JSON' };
      const at = positionIn(text, error.offset, capture.line, capture.column);
      this.fail(error.reason, at.line, at.column);
    }
    if (this.frame === 'object' && (this.expect === 'key' || this.expect === 'key-or-close')) {
      this.key = value as string;
      this.expect = 'colon';
      return;
    }
    this.expect = 'comma-or-close';
    if (this.frame === 'object') return this.keep(this.key, value, text.length);
    if (this.frame === 'array') {
      if (!isJsonObject(value)) this.fail('expected an array of objects, but an item is not an object', capture.line, capture.column);
      this.records.push({ table: this.fileTable, value, line: capture.line });
      return;
    }
    this.memberIsTable ??= isJsonObject(value);
    if (!this.memberIsTable) {
      this.memberItems.push(value);
      return;
    }
    if (!isJsonObject(value)) this.fail(`an item of "${this.key}" is not an object like the items before it`, capture.line, capture.column);
    if (this.memberRecords++ === 0) this.tables++;
    this.records.push({ table: this.key, value, line: capture.line });
  }

  private keep(key: string, value: unknown, chars: number): void {
    this.restChars += chars;
    if (this.restChars > this.maxRecordChars) {
      this.fail('the top-level object holds too much outside its arrays of objects to read as one record', this.line, 1);
    }
    this.rest[key] = value;
  }

  private column(i: number): number {
    return this.offset + i - this.lineStart + 1;
  }

  private fail(reason: string, line: number, column: number): never {
    throw new UserError(`not valid JSON at line ${line}, column ${column}: ${reason}`, { file: this.label, line });
  }

  private take(): ScannedRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}
