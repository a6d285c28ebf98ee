import { createReadStream } from 'node:fs';
import { UserError } from '../../errors';

/** What an NDJSON file already in a target folder holds. */
export interface NdjsonFileSummary {
  /** Lines holding something (blank lines are not records). */
  lines: number;
  /** The first such line, parsed, and where it is; null for an empty file. */
  first: { line: number; value: unknown } | null;
}

/** A first line longer than this is not read whole (a FHIR resource that large is not a resource). */
const MAX_FIRST_LINE_BYTES = 64 * 1024 * 1024;
const NEWLINE = 0x0a;

function hasContent(chunk: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = chunk[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return true;
  }
  return false;
}

/**
 * Counts an NDJSON file's records streaming, by newlines, and parses only the first: the
 * columns a target already has are that record's keys, and counting needs no parsing.
 */
export async function scanNdjsonFile(file: string, label: string): Promise<NdjsonFileSummary> {
  let lines = 0;
  let lineNumber = 1;
  let content = false;
  let first: { line: number; text: string } | undefined;
  let current: Buffer[] = []; // the line being read, kept only until the first record is complete
  let currentBytes = 0;
  const endLine = () => {
    if (content) {
      lines++;
      first ??= { line: lineNumber, text: Buffer.concat(current).toString('utf8') };
    }
    current = [];
    currentBytes = 0;
    content = false;
    lineNumber++;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (let start = 0; start < chunk.length; ) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!first) {
        current.push(chunk.subarray(start, end));
        currentBytes += end - start;
        if (currentBytes > MAX_FIRST_LINE_BYTES) throw new UserError('the first record is longer than 64 MB', { file: label, line: lineNumber });
      }
      content ||= hasContent(chunk, start, end);
      if (newline < 0) break;
      endLine();
      start = newline + 1;
    }
  }
  endLine();
  if (!first) return { lines, first: null };
  try {
    return { lines, first: { line: first.line, value: JSON.parse(first.text.replace(/^\uFEFF/, '')) as unknown } };
  } catch {
    throw new UserError('not valid JSON', { file: label, line: first.line });
  }
}
