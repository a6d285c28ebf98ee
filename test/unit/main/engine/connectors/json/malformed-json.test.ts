import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../../../../main/engine/connectors/json/json-syntax';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { failure, jsonFiles, jsonFolder, openJson, readAll } from './json-helpers';

afterEach(cleanTempDirs);

const records = (n: number) => Array.from({ length: n }, (_, i) => `  {"id": ${i + 1}, "name": "patient ${i + 1}"}`);

describe('malformed JSON', () => {
  it('names the line and column where a truncated array ends, in discovery, test and read', async () => {
    const text = `[\n${records(3).join(',\n')},\n  {"id": 4, "na`;
    const connection = jsonFiles({ 'cut.json': text });
    const message = 'not valid JSON at line 5, column 16: the file ends inside a value that starts at line 5 (truncated JSON?)';
    const [table] = await connection.discover();
    expect(table).toMatchObject({ name: 'cut', columns: [], rowEstimate: null, problem: { file: 'cut.json', line: 5, text: message } });
    expect(await connection.test()).toMatchObject({ ok: false, problems: [{ file: 'cut.json', line: 5, text: message }] });
    expect(await failure(readAll(connection, 'cut'))).toBe(`cut.json:5: ${message}`);
  });

  it('names a truncated document that stops between records', async () => {
    const text = `[\n${records(2).join(',\n')},\n`;
    const [table] = await jsonFiles({ 'open.json': text }).discover();
    expect(table!.problem?.text).toBe('not valid JSON at line 4, column 1: the file ends before the JSON document is complete (truncated JSON?)');
  });

  it('names the line and column of a syntax error inside a record, never quoting the data', async () => {
    const text = `[\n${records(2).join(',\n')},\n  {"id": 3, "name": "Smith" "nhs": 1}\n]`;
    const [table] = await jsonFiles({ 'bad.json': text }).discover();
    expect(table!.problem).toEqual({ file: 'bad.json', line: 4, text: 'not valid JSON at line 4, column 29: expected , or }' });
    expect(table!.problem!.text).not.toContain('Smith');
  });

  it('names a missing comma between records and junk after the document', async () => {
    const [missing] = await jsonFiles({ 'm.json': '[{"a":1}\n {"a":2}]' }).discover();
    expect(missing!.problem?.text).toBe('not valid JSON at line 2, column 2: expected , or ]');
    const [junk] = await jsonFiles({ 'j.json': '[{"a":1}]\nextra' }).discover();
    expect(junk!.problem?.text).toBe('not valid JSON at line 2, column 1: unexpected text after the end of the JSON document');
  });

  it('refuses arrays of non-objects, empty files and binary files by name', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const tables = await jsonFiles({ 'nums.json': '[1, 2]', 'empty.json': '', 'img.json': png }).discover();
    expect(Object.fromEntries(tables.map((t) => [t.name, `${t.problem?.line}: ${t.problem?.text}`]))).toEqual({
      nums: '1: not valid JSON at line 1, column 2: expected an array of objects, but an item is not an object',
      empty: '1: the file is empty; a JSON array or object is expected',
      img: '3: this is not a text file (binary content); is it really a JSON export?',
    });
  });

  it('names the NDJSON line and column of a bad line, after every good line', async () => {
    const text = ['{"id":1}', '{"id":2}', '{"id":3,}', '{"id":4}'].join('\n');
    const connection = jsonFiles({ 'e.ndjson': text }, 'e.ndjson');
    const report = await connection.test();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ file: 'e.ndjson', line: 3, text: 'not valid JSON at line 3, column 9: expected a property name in double quotes' }]);
    const [arrays] = await jsonFiles({ 'a.ndjson': '{"id":1}\n[1]\n' }).discover();
    expect(arrays!.problem).toMatchObject({ line: 2, text: 'each line of an NDJSON file must hold one JSON object' });
  });

  it('streams a large array across read chunks with the right lines', async () => {
    const text = `[\n${records(30_000).join(',\n')}\n]\n`;
    const connection = jsonFiles({ 'many.json': text });
    const rows = await readAll(connection, 'many', 4000);
    expect(rows).toHaveLength(30_000);
    expect(rows[29_999]).toEqual({ locator: { file: 'many.json', line: 30_001 }, values: { id: 30_000, name: 'patient 30000' } });
  });

  it('refuses a 50 MB record quickly instead of buffering it', async () => {
    const dir = jsonFolder({});
    const connection = openJson(dir);
    const fd = openSync(join(dir, 'huge.json'), 'w');
    writeSync(fd, '[{"id": 1, "blob": "');
    const block = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, '"}]');
    closeSync(fd);
    const started = performance.now();
    const [table] = await connection.discover();
    expect(table!.problem?.text).toBe('not valid JSON at line 1, column 2: a value larger than 16 MB, the most one record may hold');
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('locateJsonError', () => {
  const cases: [string, number, string][] = [
    ['{"a": tru}', 6, 'expected a value'],
    ['{"a" 1}', 5, 'expected : after a property name'],
    ['{a: 1}', 1, 'expected a property name in double quotes'],
    ['[1, 2', 5, 'the text ends too early: expected , or ]'],
    ['"bad \\x"', 6, 'an invalid escape sequence in a string'],
    ['{"a": 01}', 7, 'expected , or }'],
  ];
  for (const [text, offset, reason] of cases) {
    it(`finds ${reason} in ${text}`, () => expect(locateJsonError(text)).toEqual({ offset, reason }));
  }

  it('passes valid JSON, deep nesting included', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\u00e9", true, false, null, {"b": {}}]}')).toBeNull();
    expect(locateJsonError('['.repeat(50_000) + ']'.repeat(50_000))).toBeNull();
  });
});
