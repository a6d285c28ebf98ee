import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { csvFolder, failure, openCsv, readAll } from './csv-helpers';

afterEach(cleanTempDirs);

const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1},name ${i + 1},x`);

describe('malformed CSV', () => {
  it('reports a binary file renamed .csv with its file and line, and keeps the good files', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(200, 7)]);
    const dir = csvFolder({ 'photo.csv': png, 'good.csv': 'a,b\n1,2\n' });
    const connection = openCsv(dir, '.');
    const tables = await connection.discover();
    expect(tables.find((t) => t.name === 'good')).toMatchObject({ rowEstimate: 1 });
    expect(tables.find((t) => t.name === 'good')).not.toHaveProperty('problem');
    expect(tables.find((t) => t.name === 'photo')?.problem).toMatchObject({ file: 'photo.csv', line: 3, text: expect.stringMatching(/not a text file/) });
    const report = await connection.test();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: 'photo.csv', line: 3 }));
    expect(await failure(readAll(connection, 'photo'))).toMatch(/^photo\.csv:3: this is not a text file/);
  });

  it('reports a zip (an xlsx renamed .csv) as binary', async () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'), Buffer.alloc(100, 0x41)]);
    expect(await failure(openCsv(csvFolder({ 'book.csv': zip }), 'book.csv').preview('book', 5))).toMatch(/^book\.csv:1: this is not a text file/);
  });

  it('reports an empty file and a file of blank lines', async () => {
    const dir = csvFolder({ 'empty.csv': '', 'blank.csv': '\n\r\n  \n' });
    const tables = await openCsv(dir, '.').discover();
    expect(tables.map((t) => [t.name, t.problem?.line, t.problem?.text])).toEqual([
      ['blank', 1, 'the file is empty; a header row is expected'],
      ['empty', 1, 'the file is empty; a header row is expected'],
    ]);
  });

  it('reads a header-only file as an empty table and says so in the test', async () => {
    const connection = openCsv(csvFolder({ 'none.csv': 'id,name\n' }), 'none.csv');
    expect(await connection.discover()).toEqual([expect.objectContaining({ name: 'none', rowEstimate: 0, columns: [{ name: 'id' }, { name: 'name' }] })]);
    expect(await readAll(connection, 'none')).toEqual([]);
    const report = await connection.test();
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([{ file: 'none.csv', line: 1, text: 'a header row but no data rows' }]);
  });

  it('stops at an unbalanced quote naming the line the broken record starts on, after every good row', async () => {
    const text = ['id,name,flag', ...rows(20_000), '20001,"never closed,x', ...rows(5)].join('\n') + '\n';
    const connection = openCsv(csvFolder({ 'broken.csv': text }), 'broken.csv');
    const got: SourceRecord[] = [];
    const message = await failure(
      (async () => {
        for await (const batch of connection.read('broken', { batchSize: 3000 })) got.push(...batch);
      })(),
    );
    expect(message).toBe('broken.csv:20002: a quoted field is never closed (unbalanced quote)');
    expect(got).toHaveLength(20_000);
    expect(got.at(-1)!.locator.line).toBe(20_001);
    const report = await connection.test();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({ file: 'broken.csv', line: 20_002, text: 'a quoted field is never closed (unbalanced quote)' });
  });

  it('names the right line for a broken quote after records with quoted CRLF line breaks', async () => {
    const text = 'id,note\r\n1,"a\r\nb\r\nc"\r\n2,ok\r\n3,"open\r\n4,x\r\n';
    const connection = openCsv(csvFolder({ 'crlf.csv': text }), 'crlf.csv');
    expect(await failure(readAll(connection, 'crlf'))).toBe('crlf.csv:6: a quoted field is never closed (unbalanced quote)');
  });

  it('names a stray quote inside a field without quoting the value', async () => {
    const connection = openCsv(csvFolder({ 'q.csv': 'id,surname\n1,Smith\n2,O"Brien\n' }), 'q.csv');
    const message = await failure(readAll(connection, 'q'));
    expect(message).toBe('q.csv:3: a quote inside a field that does not start with one; quote the whole field and double the inner quote');
    expect(message).not.toContain('Brien');
  });

  it('reports an unbalanced quote in the header when discovering', async () => {
    const [table] = await openCsv(csvFolder({ 'h.csv': '"id,name\n1,2\n' }), 'h.csv').discover();
    expect(table!.problem).toMatchObject({ file: 'h.csv', line: 1, text: 'a quoted field is never closed (unbalanced quote)' });
  });

  it('reports ragged rows on the record and in the test, never padding them', async () => {
    const text = 'id,name,flag\n1,a,x\n2,b\n3,c,x,extra\n4,d,x\n';
    const connection = openCsv(csvFolder({ 'ragged.csv': text }), 'ragged.csv');
    const read = await readAll(connection, 'ragged');
    expect(read.map((r) => [r.locator.line, r.problem])).toEqual([
      [2, undefined],
      [3, 'expected 3 fields, found 2'],
      [4, 'expected 3 fields, found 4'],
      [5, undefined],
    ]);
    expect(read[1]!.values).toEqual({ id: '2', name: 'b' });
    expect('flag' in read[1]!.values).toBe(false);
    const report = await connection.test();
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([
      { file: 'ragged.csv', line: 3, text: 'expected 3 fields, found 2' },
      { file: 'ragged.csv', line: 4, text: 'expected 3 fields, found 4' },
    ]);
  });

  it('stops at a NUL byte deep inside a text file, after every good row', async () => {
    const text = ['id,name,flag', ...rows(30_000), '30001,bad\u0000byte,x'].join('\n') + '\n';
    const connection = openCsv(csvFolder({ 'nul.csv': text }), 'nul.csv');
    let count = 0;
    const message = await failure(
      (async () => {
        for await (const batch of connection.read('nul')) count += batch.length;
      })(),
    );
    expect(message).toMatch(/^nul\.csv:30002: binary content \(a NUL byte\)/);
    expect(count).toBe(30_000);
  });

  it('fails fast and clearly on a 50 MB single line, in bounded time and memory', async () => {
    const dir = csvFolder({});
    const fd = openSync(join(dir, 'huge.csv'), 'w');
    writeSync(fd, 'id,payload\n1,');
    const block = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const connection = openCsv(dir, 'huge.csv');
    const [table] = await connection.discover();
    expect(table).toMatchObject({ name: 'huge', columns: [{ name: 'id' }, { name: 'payload' }] });
    expect(await failure(readAll(connection, 'huge'))).toBe(
      'huge.csv:2: a line is longer than 16 MB, the most a record may hold; is this really a text export?',
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it('reports a 50 MB line with no line break at all as line 1', async () => {
    const dir = csvFolder({});
    const fd = openSync(join(dir, 'one.csv'), 'w');
    const block = Buffer.alloc(1024 * 1024, 'a,');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    const [table] = await openCsv(dir, 'one.csv').discover();
    expect(table!.problem).toMatchObject({ file: 'one.csv', line: 1, text: expect.stringMatching(/a line is longer than 16 MB/) });
  });
});
