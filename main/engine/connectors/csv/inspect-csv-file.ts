import { stat } from 'node:fs/promises';
import { UserError } from '../../errors';
import { findBinaryContent } from '../text/binary-content';
import { decodeSample, detectEncoding, readSample } from '../text/text-encoding';
import type { TextEncoding } from '../text/encoding-option';
import type { CsvConfig } from './csv-config';
import type { CsvFile } from './csv-files';
import { detectDialect, type CsvDialect } from './detect-dialect';
import type { ParseTarget } from './parse-records';
import { columnNames, readCsvRecords } from './read-csv-records';

/** What a CSV file turned out to be: encoding, layout and columns. */
export interface CsvFileInfo extends ParseTarget {
  table: string;
  columns: string[];
  bytes: number;
}

/**
 * Works out how to read one file: encoding and layout detected from its first bytes
 * (the configuration winning), then the header read with the real parser. Empty and
 * binary files, and a header the parser rejects, are UserErrors naming file and line.
 */
export async function inspectCsvFile(file: CsvFile, config: CsvConfig): Promise<CsvFileInfo> {
  const { size } = await stat(file.path);
  const sample = await readSample(file.path);
  const encoding: TextEncoding = config.encoding && config.encoding !== 'auto' ? config.encoding : detectEncoding(sample);
  const text = decodeSample(sample, encoding);
  const binary = findBinaryContent(text);
  if (binary) {
    throw new UserError('this is not a text file (binary content: NUL or control bytes); is it really a CSV export?', {
      file: file.label,
      line: binary.line,
    });
  }
  const empty = config.header === false ? 'the file is empty' : 'the file is empty; a header row is expected';
  if (size === 0 || (sample.complete && text.trim() === '')) throw new UserError(empty, { file: file.label, line: 1 });
  const dialect: CsvDialect = detectDialect(text, sample.complete, { delimiter: config.delimiter, quote: config.quote, header: config.header });
  const target: ParseTarget = { path: file.path, label: file.label, encoding, dialect };
  const records = readCsvRecords(target);
  try {
    const first = await records.next();
    const header = first.done ? undefined : first.value[0];
    if (!header) throw new UserError(empty, { file: file.label, line: 1 });
    return { ...target, table: file.table, columns: columnNames(header.fields, dialect.header), bytes: size };
  } finally {
    await records.return(undefined);
  }
}
