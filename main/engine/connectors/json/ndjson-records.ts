import { UserError } from '../../errors';
import type { TextEncoding } from '../text/encoding-option';
import { MAX_LINE_CHARS, openTextStream } from '../text/text-stream';
import { isJsonObject, type ScannedRecord } from './json-document-scanner';
import { locateJsonError } from './json-syntax';

/**
 * Streams an NDJSON file line by line: each non-blank line one JSON object of the table,
 * located by its line. A line that is not a JSON object is a UserError naming the line
 * and column; a line over the size limit fails before it is buffered.
 */
export async function* ndjsonRecords(path: string, label: string, table: string, encoding: TextEncoding): AsyncGenerator<ScannedRecord> {
  const stream = openTextStream(path, encoding, { label, maxLineChars: MAX_LINE_CHARS, lineBreak: '\n' });
  let line = 0;
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      // The guard passes whole lines only, so every chunk but the last ends with a line break.
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const text of lines) yield* parseLine(text, ++line, label, table);
    }
    if (stream.problem) throw stream.problem;
    if (rest) yield* parseLine(rest, ++line, label, table);
  } finally {
    stream.destroy();
  }
}

function* parseLine(text: string, line: number, label: string, table: string): Generator<ScannedRecord> {
  if (text.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = locateJsonError(text) ?? { offset: 0, reason: 'not valid JSON' };
    throw new UserError(`not valid JSON at line ${line}, column ${error.offset + 1}: ${error.reason}`, { file: label, line });
  }
  if (!isJsonObject(value)) throw new UserError('each line of an NDJSON file must hold one JSON object', { file: label, line });
  yield { table, value, line };
}
