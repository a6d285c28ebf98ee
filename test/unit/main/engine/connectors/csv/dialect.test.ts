import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { csvFolder, openCsv, readAll } from './csv-helpers';

afterEach(cleanTempDirs);

describe('CSV layout detection', () => {
  it('reads CRLF files and records spanning quoted line breaks, each at its start line', async () => {
    const text = 'id,note,code\r\n1,"first line\r\nsecond line",A\r\n2,plain,B\r\n3,"a ""quoted"" word, and a comma\nand a LF",C\r\n4,last,D\r\n';
    const connection = openCsv(csvFolder({ 'notes.csv': text }), 'notes.csv');
    const rows = await readAll(connection, 'notes');
    expect(rows.map((r) => r.locator.line)).toEqual([2, 4, 5, 7]);
    expect(rows[0]!.values.note).toBe('first line\r\nsecond line');
    expect(rows[2]!.values.note).toBe('a "quoted" word, and a comma\nand a LF');
    expect(rows.map((r) => r.values.code)).toEqual(['A', 'B', 'C', 'D']);
    expect((await connection.test()).detected).toMatchObject({ lineEnding: 'CRLF', rows: 4 });
  });

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`counts skipped blank lines in the line numbers (${name})`, async () => {
      const text = ['a,b', '1,"x', 'y"', '', '', '3,4', ''].join(eol);
      const rows = await readAll(openCsv(csvFolder({ 'gaps.csv': text }), 'gaps.csv'), 'gaps');
      expect(rows.map((r) => [r.locator.line, r.values.a])).toEqual([
        [2, '1'],
        [6, '3'],
      ]);
    });
  }

  for (const [name, delimiter, label] of [
    ['semicolon', ';', 'semicolon'],
    ['tab', '\t', 'tab'],
    ['pipe', '|', 'pipe'],
  ] as const) {
    it(`detects a ${name} delimiter even with commas inside the values`, async () => {
      const lines = [['id', 'amount', 'label'], ['1', '3,50', 'a, b'], ['2', '4,75', 'c'], ['3', '1,00', '"x' + delimiter + 'y"']];
      const text = lines.map((l) => l.join(delimiter)).join('\n') + '\n';
      const connection = openCsv(csvFolder({ 'data.txt': text }), 'data.txt');
      expect((await connection.test()).detected).toMatchObject({ delimiter: label });
      const rows = await readAll(connection, 'data');
      expect(rows.map((r) => r.values)).toEqual([
        { id: '1', amount: '3,50', label: 'a, b' },
        { id: '2', amount: '4,75', label: 'c' },
        { id: '3', amount: '1,00', label: `x${delimiter}y` },
      ]);
    });
  }

  it('reads .tsv files in a folder as tables and ignores other files', async () => {
    const dir = csvFolder({ 'a.tsv': 'x\ty\n1\t2\n', 'b.csv': 'x,y\n3,4\n', 'notes.md': '# not data', 'c.json': '[]' });
    const tables = await openCsv(dir, '.').discover();
    expect(tables.map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('takes a first row holding numbers or dates as data, naming the columns column_1…', async () => {
    const connection = openCsv(csvFolder({ 'raw.csv': '1,2020-01-05,Smith\n2,2021-03-04,Jones\n' }), 'raw.csv');
    const [table] = await connection.discover();
    expect(table).toMatchObject({ rowEstimate: 2, columns: [{ name: 'column_1' }, { name: 'column_2' }, { name: 'column_3' }] });
    const rows = await readAll(connection, 'raw');
    expect(rows.map((r) => [r.locator.line, r.values.column_3])).toEqual([
      [1, 'Smith'],
      [2, 'Jones'],
    ]);
    expect((await connection.test()).detected).toMatchObject({ header: false });
  });

  it('lets configured delimiter, quote and header win over detection', async () => {
    const dir = csvFolder({ 'odd.csv': "name;age\n'Smith; J';42\n" });
    const configured = openCsv(dir, 'odd.csv', { delimiter: ';', quote: "'", header: false });
    const rows = await readAll(configured, 'odd');
    expect(rows.map((r) => r.values)).toEqual([
      { column_1: 'name', column_2: 'age' },
      { column_1: 'Smith; J', column_2: '42' },
    ]);
  });

  it('names empty and repeated header cells so no column overwrites another', async () => {
    const [table] = await openCsv(csvFolder({ 'h.csv': 'id,,id\n1,2,3\n' }), 'h.csv').discover();
    expect(table!.columns.map((c) => c.name)).toEqual(['id', 'column_2', 'id_2']);
  });

  it('reads old Mac CR-only line ends', async () => {
    const connection = openCsv(csvFolder({ 'mac.csv': 'a,b\r1,2\r3,4\r' }), 'mac.csv');
    const rows = await readAll(connection, 'mac');
    expect(rows.map((r) => r.values)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
    expect((await connection.test()).detected).toMatchObject({ lineEnding: 'CR' });
  });
});
