import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvTarget } from '../../../../../../main/engine/connectors/targets/csv-target-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

const open = (dir: string, path: string) => csvTarget.open({ path }, { baseDir: dir });

describe('csv folder target', () => {
  it('accepts a folder that does not exist yet', async () => {
    const dir = tempDir();
    expect(await open(dir, 'out/csv').test()).toMatchObject({ ok: true, summary: 'the folder will be created', detected: { exists: false } });
    expect(await open(dir, 'out/csv').discover()).toEqual([]);
  });

  it('accepts an empty folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    expect(await open(dir, 'out').test()).toMatchObject({ ok: true, summary: 'empty folder', detected: { exists: true, files: 0, rows: 0 } });
  });

  it('discovers the CSV files there: header columns and records (not lines), other files ignored', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'patient.csv'), '\uFEFFpatient_id,notes\r\nP1,"two\r\nlines"\r\nP2,plain\r\n\r\n');
    writeFileSync(join(dir, 'out', 'empty.csv'), '');
    writeFileSync(join(dir, 'out', 'header_only.csv'), 'code,label\n');
    writeFileSync(join(dir, 'out', 'readme.txt'), 'not a table');
    expect(await open(dir, 'out').discover()).toEqual([
      { name: 'empty', kind: 'file', columns: [], rowEstimate: 0 },
      { name: 'header_only', kind: 'file', columns: [{ name: 'code' }, { name: 'label' }], rowEstimate: 0 },
      { name: 'patient', kind: 'file', columns: [{ name: 'patient_id' }, { name: 'notes' }], rowEstimate: 2 },
    ]);
    expect(await open(dir, 'out').test()).toMatchObject({ ok: true, summary: '3 CSV files, 2 rows' });
  });

  it('reports a malformed file with its name and line', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'bad.csv'), 'a,b\n1,2\n3,"unclosed\n4,5\n');
    const report = await open(dir, 'out').test();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ file: join('out', 'bad.csv'), line: expect.any(Number), text: 'a quoted field is never closed (unbalanced quote)' }]);
    writeFileSync(join(dir, 'out', 'good.csv'), 'id\n1\n');
    expect(await open(dir, 'out').discover()).toEqual([
      { name: 'bad', kind: 'file', columns: [], rowEstimate: null, problem: report.problems[0] },
      { name: 'good', kind: 'file', columns: [{ name: 'id' }], rowEstimate: 1 },
    ]);
  });

  it('reports a file in place of the folder, and a path under a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out'), 'a file');
    expect(await open(dir, 'out').test()).toMatchObject({ ok: false, summary: 'is a file; this target is a folder' });
    await expect(open(dir, 'out').discover()).rejects.toThrow(UserError);
    expect(await open(dir, 'out/csv').test()).toMatchObject({ ok: false, summary: 'cannot be created: "out" is a file, not a folder', problems: [{ file: 'out/csv' }] });
  });
});
