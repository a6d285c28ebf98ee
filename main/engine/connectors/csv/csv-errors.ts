import { CsvError } from 'csv-parse';
import { csvErrorMessage } from '../../mapping/read-csv-file';
import { MAX_LINE_CHARS } from '../text/text-stream';

/** Tells whether an error came from csv-parse (a malformed file) rather than from us. */
export function isCsvParseError(error: unknown): error is CsvError {
  return error instanceof CsvError;
}

/**
 * A csv-parse error as one plain sentence. The parser's own messages can quote the
 * field they stopped in, which may identify a patient, so only its code is used.
 */
export function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return `a record is larger than ${MAX_LINE_CHARS / (1024 * 1024)} MB, the most a record may hold; is a quote left open?`;
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside a field that does not start with one; quote the whole field and double the inner quote';
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return csvErrorMessage(error);
    default:
      return `not valid CSV (${error.code})`;
  }
}
