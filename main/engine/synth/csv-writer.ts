import { createWriteStream, type WriteStream } from 'node:fs';

/** How much text to gather before handing it to the stream: big enough to keep syscalls rare. */
const CHUNK_CHARS = 64 * 1024;

const NEEDS_QUOTES = /[",\r\n]/;

/** Encodes one field the RFC 4180 way, quoting only when the value holds a comma, quote or line break. */
export function encodeCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Appends text to a file through a buffered stream that respects backpressure: callers
 * write synchronously and `await flushIfFull()` between units of work, so memory holds
 * at most one chunk plus the stream's own buffer however large the file grows.
 */
export class BufferedFileWriter {
  private readonly stream: WriteStream;
  private buffer = '';
  private failure: Error | null = null;

  /** Opens (truncating) `path` for writing as UTF-8. */
  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 4 * CHUNK_CHARS });
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Queues text; nothing reaches the file until a flush. */
  write(text: string): void {
    this.buffer += text;
  }

  /** Whether enough text has gathered that the caller should flush. */
  get full(): boolean {
    return this.buffer.length >= CHUNK_CHARS;
  }

  /** Hands the gathered text to the stream once a chunk's worth is queued. */
  async flushIfFull(): Promise<void> {
    if (this.full) await this.flush();
  }

  /** Hands the gathered text to the stream, waiting for it to drain if it is over its limit. */
  async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) await this.waitFor('drain');
    this.throwIfFailed();
  }

  /** Flushes the rest and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    const finished = this.waitFor('finish');
    this.stream.end();
    await finished;
  }

  /** Closes the file without caring about its content (after another failure). */
  abandon(): void {
    this.buffer = '';
    this.stream.destroy();
  }

  private waitFor(event: 'drain' | 'finish'): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => {
        this.stream.off(event, onDone);
        reject(error);
      };
      const onDone = (): void => {
        this.stream.off('error', onError);
        resolve();
      };
      this.stream.once(event, onDone);
      this.stream.once('error', onError);
    });
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/**
 * Writes one CSV table (UTF-8, no BOM, LF line ends, header first) and keeps count of
 * rows and physical lines, so a row's line number is known the moment it is written.
 */
export class CsvTableWriter<Row extends Record<string, string>> {
  private readonly file: BufferedFileWriter;
  private nextLine = 2;
  /** Data rows written so far (the header is not counted). */
  rows = 0;

  /** Opens the file and writes the header. */
  constructor(
    path: string,
    private readonly columns: readonly (keyof Row & string)[],
  ) {
    this.file = new BufferedFileWriter(path);
    this.file.write(columns.map(encodeCsvField).join(',') + '\n');
  }

  /** Writes a row and returns the 1-based physical line it starts on (the header is line 1). */
  writeRow(row: Row): number {
    let text = '';
    let breaks = 0;
    for (let i = 0; i < this.columns.length; i++) {
      const value = row[this.columns[i]!]!;
      if (i > 0) text += ',';
      if (NEEDS_QUOTES.test(value)) {
        text += encodeCsvField(value);
        // A quoted line break still starts a new physical line in the file.
        breaks += value.split('\n').length - 1;
      } else {
        text += value;
      }
    }
    this.file.write(text + '\n');
    const line = this.nextLine;
    this.nextLine += 1 + breaks;
    this.rows++;
    return line;
  }

  /** See {@link BufferedFileWriter.flushIfFull}. */
  flushIfFull(): Promise<void> {
    return this.file.flushIfFull();
  }

  /** Whether the writer wants a flush. */
  get full(): boolean {
    return this.file.full;
  }

  /** Flushes and closes the file. */
  close(): Promise<void> {
    return this.file.close();
  }

  /** Drops the file's pending output after a failure elsewhere. */
  abandon(): void {
    this.file.abandon();
  }
}
