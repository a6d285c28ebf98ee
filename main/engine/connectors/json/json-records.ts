import { UserError } from '../../errors';
import { openDecodedStream, MAX_LINE_CHARS } from '../text/text-stream';
import { JsonDocumentScanner, type ScannedRecord } from './json-document-scanner';
import type { JsonFile, JsonFormat } from './json-files';
import { ndjsonRecords } from './ndjson-records';

/**
 * Streams a file's top-level records, whichever its format, each with its table and the
 * line it starts on. Malformed input stops with a UserError after every good record.
 */
export async function* jsonRecords(file: JsonFile, format: JsonFormat): AsyncGenerator<ScannedRecord> {
  if (format.format === 'ndjson') {
    let found = false;
    for await (const record of ndjsonRecords(file.path, file.label, file.table, format.encoding)) {
      found = true;
      yield record;
    }
    if (!found) throw new UserError('the file is empty; one JSON object per line is expected', { file: file.label, line: 1 });
    return;
  }
  const scanner = new JsonDocumentScanner(file.label, file.table, MAX_LINE_CHARS);
  const stream = openDecodedStream(file.path, format.encoding);
  try {
    for await (const chunk of stream as AsyncIterable<string>) yield* scanner.push(chunk);
    yield* scanner.end();
  } finally {
    stream.destroy();
  }
}
