import { sampleRecords, type SampledRecords } from './sample-records';

/** How a CSV file is laid out. */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  header: boolean;
  lineEnding: SampledRecords['lineEnding'];
}

/** The delimiters detection chooses among, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

const SAMPLE_RECORDS = 50;
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:e[-+]?\d+)?$/i;
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}.*)?$/;

/**
 * Detects delimiter, header and line ending from the decoded start of a file; whatever
 * the configuration sets wins. The delimiter is the candidate that splits the sampled
 * records (quotes respected) into the same number of fields most consistently, and into
 * more than one. The first row is a header unless one of its cells looks like data (a
 * number or a date): a header of names is indistinguishable from a row of names, so in
 * doubt the first row is taken as the header.
 */
export function detectDialect(text: string, complete: boolean, configured: Partial<Pick<CsvDialect, 'delimiter' | 'quote' | 'header'>>): CsvDialect {
  const quote = configured.quote ?? '"';
  const delimiter = configured.delimiter ?? bestDelimiter(text, quote, complete);
  const sampled = sampleRecords(text, delimiter, quote, 2, complete);
  const first = sampled.records[0] ?? [];
  const header = configured.header ?? !first.some((cell) => NUMBER.test(cell.trim()) || DATE.test(cell.trim()));
  return { delimiter, quote, header, lineEnding: sampled.lineEnding };
}

function bestDelimiter(text: string, quote: string, complete: boolean): string {
  let best: { delimiter: string; consistency: number; fields: number } = { delimiter: ',', consistency: 0, fields: 1 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { records } = sampleRecords(text, delimiter, quote, SAMPLE_RECORDS, complete);
    const fields = records[0]?.length ?? 0;
    if (fields < 2) continue;
    const consistency = records.filter((r) => r.length === fields).length / records.length;
    if (consistency > best.consistency || (consistency === best.consistency && fields > best.fields)) {
      best = { delimiter, consistency, fields };
    }
  }
  return best.delimiter;
}

/** How a delimiter is shown to people. */
export function delimiterLabel(delimiter: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter] ?? `"${delimiter}"`;
}
