import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openCsv, readAll } from './csv-helpers';

const root = join(__dirname, '..', '..', '..', '..', '..', '..');
const folder = 'test/fixtures/shared-data/synthea-csv-27';
const files = readdirSync(join(root, folder)).filter((f) => f.endsWith('.csv')).sort();

/** The truth from the files themselves: header and data records by csv-parse/sync. */
function truth(file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(join(root, folder, file), 'utf8')) as string[][];
  return { header: header!, rows };
}

describe('the CSV connector on the Synthea folder', () => {
  const connection = openCsv(root, folder);

  it('finds one table per file, 18 in all, with the files\' own headers and row counts', async () => {
    const tables = await connection.discover();
    expect(files).toHaveLength(18);
    expect(tables.map((t) => t.name)).toEqual(files.map((f) => f.replace(/\.csv$/, '')));
    for (const table of tables) {
      const { header, rows } = truth(`${table.name}.csv`);
      expect(table.columns.map((c) => c.name), table.name).toEqual(header);
      expect(table.rowEstimate, table.name).toBe(rows.length);
      expect(table.kind).toBe('file');
      expect(table.problem).toBeUndefined();
    }
  });

  it('reads the 27 patients with their 25 columns, each located at its line', async () => {
    const rows = await readAll(connection, 'patients', 10);
    const { header, rows: expected } = truth('patients.csv');
    expect(rows).toHaveLength(27);
    expect(header).toHaveLength(25);
    expect(rows[0]!.locator).toEqual({ file: `${folder}/patients.csv`, line: 2 });
    expect(rows.at(-1)!.locator.line).toBe(28);
    rows.forEach((row, i) => expect(Object.values(row.values)).toEqual(expected[i]));
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it('tests the folder: every table readable, UTF-8, comma, header, LF', async () => {
    const report = await connection.test();
    const total = files.reduce((n, f) => n + truth(f).rows.length, 0);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.detected).toMatchObject({ encoding: 'UTF-8', delimiter: 'comma', header: true, lineEnding: 'LF', tables: 18, rows: total });
    expect(report.summary).toContain('18 tables');
  });

  it('previews the first rows of a table', async () => {
    const rows = await connection.preview('encounters', 3);
    expect(rows.map((r) => r.locator.line)).toEqual([2, 3, 4]);
    expect(Object.keys(rows[0]!.values)).toEqual(truth('encounters.csv').header);
  });

  it('reads a single file as a one-table source', async () => {
    const single = openCsv(root, `${folder}/payers.csv`);
    const [table] = await single.discover();
    expect(table).toMatchObject({ name: 'payers', rowEstimate: truth('payers.csv').rows.length });
    expect(await readAll(single, 'payers')).toHaveLength(truth('payers.csv').rows.length);
  });

  it('refuses an unknown table and a missing path by name', async () => {
    await expect(readAll(connection, 'nope')).rejects.toThrow(/no table named nope/);
    await expect(openCsv(root, 'no/such/folder').discover()).rejects.toThrow(/source folder or file not found/);
  });
});
