/** Records split from a sample, and how the first one ended. */
export interface SampledRecords {
  records: string[][];
  lineEnding: 'CRLF' | 'LF' | 'CR' | 'none';
}

/**
 * Splits the start of a file into records and fields the way a CSV parser would:
 * quoted fields may hold the delimiter, doubled quotes and line breaks. Only for
 * detection: it stops after `limit` records and, when the sample is not the whole
 * file, drops the last record, which may be cut short.
 */
export function sampleRecords(text: string, delimiter: string, quote: string, limit: number, complete: boolean): SampledRecords {
  const records: string[][] = [];
  let lineEnding: SampledRecords['lineEnding'] = 'none';
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push(fields);
    fields = [];
    field = '';
  };
  while (i < text.length && records.length <= limit) {
    const c = text[i]!;
    if (quoted) {
      if (c === quote && text[i + 1] === quote) {
        field += quote;
        i += 2;
        continue;
      }
      if (c === quote) quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === quote && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      const crlf = c === '\r' && text[i + 1] === '\n';
      if (lineEnding === 'none') lineEnding = crlf ? 'CRLF' : c === '\r' ? 'CR' : 'LF';
      endRecord();
      if (crlf) i++;
    } else field += c;
    i++;
  }
  const reachedEnd = i >= text.length;
  if (reachedEnd && complete && (field !== '' || fields.length > 0)) endRecord();
  return { records: records.slice(0, limit), lineEnding };
}
