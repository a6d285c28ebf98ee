import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';
import { cli } from '../../cli/cli-helpers';

afterEach(cleanTempDirs);

const rows = Array.from({ length: 30 }, (_, i) =>
  patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex: i < 20 ? 'F' : i < 27 ? 'M' : 'U', postcode: i % 2 ? 'B15 2TH' : 'ls1 4ap' }),
);

describe('cutover profile', () => {
  it('prints the profile as JSON with the documented keys', async () => {
    const dir = demoProjectWith({ patients: rows });
    const { code, out } = await cli('profile', dir, '--json', '--table', 'patients');
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed).toMatchObject({ status: 'succeeded', minCellCount: 5, tables: [{ source: 'pas', name: 'patients', rows: 30 }] });
    const columns = printed.tables[0].columns as Record<string, unknown>[];
    for (const column of columns) {
      for (const key of ['name', 'type', 'nullRate', 'distinct', 'min', 'max', 'top', 'patterns', 'flags']) expect(column, key).toHaveProperty(key);
    }
    const byName = Object.fromEntries(columns.map((c) => [c.name, c]));
    expect(byName.sex).toMatchObject({ type: 'code', distinct: 3, top: [{ value: 'F', count: 20 }, { value: 'M', count: 7 }], patterns: [{ pattern: 'A', count: 30 }] });
    expect(byName.postcode).toMatchObject({ flags: ['postcode'], min: '*****', max: '*****', patterns: [{ pattern: 'A99 9AA', count: 15 }, { pattern: 'AA9 9AA', count: 15 }] });
    expect(byName.nhs_number).toMatchObject({ type: 'integer', flags: ['nhs_number'], top: [] });
    expect(byName.date_of_birth).toMatchObject({ type: 'date', flags: ['birth_date'] });
  });

  it('applies --min-cell-count', async () => {
    const dir = demoProjectWith({ patients: rows });
    const { out } = await cli('profile', dir, '--json', '--table', 'patients', '--min-cell-count', '8');
    const sex = JSON.parse(out).tables[0].columns.find((c: { name: string }) => c.name === 'sex');
    expect(sex.top).toEqual([{ value: 'F', count: 20 }]);
  });

  it('prints a readable table per source table', async () => {
    const dir = demoProjectWith({ patients: rows });
    const { code, out } = await cli('profile', dir, '--table', 'patients', '--table', 'admissions');
    expect(code).toBe(0);
    expect(out).toMatch(/pas\.admissions: 0 rows/);
    expect(out).toMatch(/pas\.patients: 30 rows/);
    expect(out).toMatch(/^sex\s+code\s+0\.0%\s+3\s+1\s+F\s+U\s+F \(20\), M \(7\)\s+A \(30\)$/m);
  });

  it('exits 2 on bad input', async () => {
    const dir = demoProjectWith({});
    expect((await cli('profile', dir, '--table', 'nope')).code).toBe(2);
    expect((await cli('profile', dir, '--min-cell-count', '-1')).code).toBe(2);
    expect((await cli('profile', dir, '--min-cell-count', 'few')).code).toBe(2);
    expect((await cli('profile', '/no/such/project')).code).toBe(2);
  });

  it('counts rows with the wrong number of fields and points at the first', async () => {
    const dir = demoProjectWith({ patients: [...rows.slice(0, 3), `${rows[3]},extra`, rows[4]!, 'P8,short'] });
    const text = await cli('profile', dir, '--table', 'patients');
    expect(text.code).toBe(0);
    expect(text.out).toContain('pas.patients: 6 rows, 2 malformed (first at source/patients.csv:5: expected 16 fields, found 17)');
    const json = JSON.parse((await cli('profile', dir, '--table', 'patients', '--json')).out);
    expect(json.tables[0]).toMatchObject({ malformedRows: 2, firstMalformed: { locator: { file: 'source/patients.csv', line: 5 }, problem: 'expected 16 fields, found 17' } });
  });

  it('prints the readable tables, names each unreadable one on stderr with file and line, and exits 2', async () => {
    const dir = demoProjectWith({ patients: [...rows, 'P9,"unclosed'] });
    const text = await cli('profile', dir);
    expect(text.code).toBe(2);
    expect(text.out).toMatch(/succeeded: 3 tables \(1 could not be read\)/);
    expect(text.out).toMatch(/pas\.admissions: 0 rows/);
    expect(text.err.trim().split('\n')).toEqual([
      'cutover: source/patients.csv:32: a quoted field is never closed (unbalanced quote) (pas.patients not profiled after 30 rows)',
    ]);
    const json = await cli('profile', dir, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).problems).toEqual([
      { source: 'pas', table: 'patients', file: 'source/patients.csv', line: 32, text: 'a quoted field is never closed (unbalanced quote)', rowsRead: 30 },
    ]);
  });
});
