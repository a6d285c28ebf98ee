import { describe, expect, it } from 'vitest';
import { JsonDocumentScanner, type ScannedRecord } from '../../../../../../main/engine/connectors/json/json-document-scanner';
import { UserError } from '../../../../../../main/engine/errors';

function scan(text: string, chunk: number): ScannedRecord[] | string {
  const scanner = new JsonDocumentScanner('f.json', 'f', 10_000);
  const records: ScannedRecord[] = [];
  try {
    for (let i = 0; i < text.length; i += chunk) records.push(...scanner.push(text.slice(i, i + chunk)));
    records.push(...scanner.end());
    return records;
  } catch (error) {
    if (error instanceof UserError) return error.describe();
    throw error;
  }
}

const CHUNKS = [1, 2, 3, 5, 8, 13, 64, 100_000];

describe('JsonDocumentScanner', () => {
  it('finds the same records and lines however the text is cut into chunks', () => {
    const text = '[{"a":1,"b":{"c":"x]}\\"\\n"}},\n {"a":2}, {"x": [1,\n2], "s": "{["},\n\n{"z":-3.5e2}]\n';
    const expected = [
      { table: 'f', value: { a: 1, b: { c: 'x]}"\n' } }, line: 1 },
      { table: 'f', value: { a: 2 }, line: 2 },
      { table: 'f', value: { x: [1, 2], s: '{[' }, line: 2 },
      { table: 'f', value: { z: -350 }, line: 5 },
    ];
    for (const chunk of CHUNKS) expect(scan(text, chunk), `chunks of ${chunk}`).toEqual(expected);
  });

  it('reports the same place for an error however the text is cut', () => {
    const text = '{"n": 12, "p": [{"a":1}\n,{"a":[1,2}]}';
    for (const chunk of CHUNKS) expect(scan(text, chunk)).toBe('f.json:2: not valid JSON at line 2, column 11: a } where ] was expected');
  });

  it('keeps scalar members of an object document until it knows there is no table', () => {
    for (const chunk of CHUNKS) {
      expect(scan('{"n": 12, "t": true, "s": null, "codes": [1, 2]}', chunk)).toEqual([
        { table: 'f', value: { n: 12, t: true, s: null, codes: [1, 2] }, line: 1 },
      ]);
    }
  });

  it('refuses a second table item that is not an object, and a scalar document', () => {
    expect(scan('{"p": [{"a": 1}, 2]}', 100)).toBe('f.json:1: not valid JSON at line 1, column 18: an item of "p" is not an object like the items before it');
    expect(scan('42', 100)).toBe('f.json:1: not valid JSON at line 1, column 1: not JSON: expected [ or { at the start of the document');
  });
});
