import type { ConnectorProblem, TestReport } from '../connector';
import { isUserError } from '../../errors';
import { encodingLabel } from '../text/text-encoding';
import type { CsvFile } from './csv-files';
import { delimiterLabel } from './detect-dialect';
import type { CsvFileInfo } from './inspect-csv-file';
import { readCsvTable } from './read-csv-table';

/** Ragged rows listed one by one per file; beyond that they are counted. */
const LISTED_RAGGED_ROWS = 5;

/**
 * Reads every file of a CSV source through and reports what was detected (encoding,
 * delimiter, header, line ending), row counts, and each problem with file and line:
 * unreadable files, malformed CSV, ragged rows and header-only files. `ok` means every
 * file can be read; ragged rows and empty tables are reported but do not stop a read.
 */
export async function testCsvFiles(files: readonly CsvFile[], info: (file: CsvFile) => Promise<CsvFileInfo>): Promise<TestReport> {
  if (files.length === 0) {
    const text = 'no .csv, .tsv or .txt files found';
    return { ok: false, summary: text, problems: [{ file: '.', text }] };
  }
  const problems: ConnectorProblem[] = [];
  const readable: CsvFileInfo[] = [];
  let failure: string | null = null;
  let rows = 0;
  for (const file of files) {
    try {
      const detected = await info(file);
      const found = await scan(detected, problems);
      rows += found;
      readable.push(detected);
    } catch (error) {
      if (!isUserError(error)) throw error;
      failure ??= `${file.label}${error.place.line ? `:${error.place.line}` : ''}: ${error.message}`;
      problems.push({ file: error.place.file ?? file.label, line: error.place.line, text: error.message });
    }
  }
  const detected = {
    encoding: common(readable.map((f) => encodingLabel(f.encoding))),
    delimiter: common(readable.map((f) => delimiterLabel(f.dialect.delimiter))),
    header: readable.every((f) => f.dialect.header),
    lineEnding: common(readable.map((f) => f.dialect.lineEnding)),
    tables: files.length,
    rows,
  };
  const summary =
    failure === null
      ? `${files.length} table${files.length === 1 ? '' : 's'}, ${rows} rows, ${detected.encoding}, ${detected.delimiter}-separated`
      : `${files.length - readable.length} of ${files.length} files cannot be read; ${failure}`;
  return { ok: failure === null, summary, problems, detected };
}

async function scan(info: CsvFileInfo, problems: ConnectorProblem[]): Promise<number> {
  let rows = 0;
  let ragged = 0;
  try {
    for await (const batch of readCsvTable(info, { batchSize: 5000 })) {
      rows += batch.length;
      for (const record of batch) {
        if (!record.problem) continue;
        ragged++;
        if (ragged <= LISTED_RAGGED_ROWS) problems.push({ file: info.label, line: record.locator.line, text: record.problem });
      }
    }
  } finally {
    if (ragged > LISTED_RAGGED_ROWS) problems.push({ file: info.label, text: `${ragged} rows in all have the wrong number of fields` });
  }
  if (rows === 0 && info.dialect.header) problems.push({ file: info.label, line: 1, text: 'a header row but no data rows' });
  return rows;
}

function common(values: string[]): string {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0]! : distinct.length === 0 ? 'unknown' : `mixed (${distinct.join(', ')})`;
}
