import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

const crosswalkText = (dir: string, name: string) => readFileSync(join(dir, 'mapping', 'crosswalks', `${name}.csv`), 'utf8');
const patients = (sexes: string[]) => sexes.map((sex, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex }));

describe('crosswalks:list and crosswalks:get', () => {
  it("lists the demo's crosswalks with the fields that use them", async () => {
    const list = await callOk(engineOn(demoProjectWith({})), 'crosswalks:list', {});
    expect(list.map((c) => c.name)).toEqual(['admission_method', 'attendance', 'ethnicity', 'marital_status', 'sex']);
    expect(list.find((c) => c.name === 'sex')).toMatchObject({ codes: 4, usedBy: [{ targetTable: 'LOAD_PATIENT', targetField: 'sex_code' }] });
  });

  it('reads a crosswalk with its rows in file order, and lists what is wrong with them rather than refusing', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'mapping', 'crosswalks', 'sex.csv'), 'source_code,target_code,description\nM,1,Male\nF,,Female\nM,2,again\n');
    const view = await callOk(engineOn(dir), 'crosswalks:get', { name: 'sex' });
    expect(view.rows.map((r) => r.source)).toEqual(['M', 'F', 'M']);
    expect(view.problems).toEqual([
      { line: 3, field: 'target_code', message: 'source code "F" has no target code' },
      { line: 4, field: 'source_code', message: 'source code "M" appears twice' },
    ]);
    expect(await callFails(engineOn(dir), 'crosswalks:get', { name: 'gender' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFails(engineOn(dir), 'crosswalks:get', { name: '../project' })).toMatchObject({ code: 'BAD_INPUT', details: { field: 'name' } });
  });
});

describe('crosswalks:save and crosswalks:delete', () => {
  it('writes the whole file, quoting what needs it, and refuses a stale one', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const view = await callOk(engine, 'crosswalks:get', { name: 'sex' });
    const rows = [...view.rows, { source: ' X ', target: '9', description: 'Indeterminate, "X" on the form' }];
    const saved = await callOk(engine, 'crosswalks:save', { name: 'sex', rows, expectedSha: view.sha256 });
    expect(saved.rows.at(-1)).toEqual({ source: 'X', target: '9', description: 'Indeterminate, "X" on the form' });
    expect(crosswalkText(dir, 'sex')).toMatch(/\nX,9,"Indeterminate, ""X"" on the form"\n$/);
    expect(await callFails(engine, 'crosswalks:save', { name: 'sex', rows, expectedSha: view.sha256 })).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a duplicate code or a missing target, naming the row, and writes nothing', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const before = crosswalkText(dir, 'sex');
    const view = await callOk(engine, 'crosswalks:get', { name: 'sex' });
    const twice = await callFails(engine, 'crosswalks:save', { name: 'sex', rows: [...view.rows, { source: 'M', target: '1', description: '' }], expectedSha: view.sha256 });
    expect(twice).toMatchObject({ code: 'BAD_INPUT', message: 'mapping/crosswalks/sex.csv:6: source_code: source code "M" appears twice', details: { field: 'source_code', line: 6 } });
    const missing = await callFails(engine, 'crosswalks:save', { name: 'sex', rows: [{ source: 'Q', target: ' ', description: '' }], expectedSha: view.sha256 });
    expect(missing).toMatchObject({ details: { field: 'target_code' } });
    expect(crosswalkText(dir, 'sex')).toBe(before);
  });

  it('creates a new one only under a free name, and deletes one the contract does not use', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const created = await callOk(engine, 'crosswalks:save', { name: 'wards', rows: [{ source: 'W1', target: 'OAK', description: 'Oak ward' }], expectedSha: null });
    expect(created.rows).toHaveLength(1);
    expect(await callFails(engine, 'crosswalks:save', { name: 'wards', rows: created.rows, expectedSha: null })).toMatchObject({ code: 'CONFLICT' });
    expect((await callOk(engine, 'crosswalks:list', {})).find((c) => c.name === 'wards')?.usedBy).toEqual([]);
    const sex = await callOk(engine, 'crosswalks:get', { name: 'sex' });
    const inUse = await callFails(engine, 'crosswalks:delete', { name: 'sex', expectedSha: sex.sha256 });
    expect(inUse).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('LOAD_PATIENT.sex_code') });
    expect(await callOk(engine, 'crosswalks:delete', { name: 'wards', expectedSha: created.sha256 })).toEqual({ deleted: true });
    expect((await callOk(engine, 'crosswalks:list', {})).map((c) => c.name)).not.toContain('wards');
  });
});

describe('crosswalks:scan', () => {
  it('counts every code the data holds, unmapped first, with the rows they would reject and guesses for them', async () => {
    const sexes = [...Array(8).fill('M'), ...Array(6).fill('F'), ...Array(5).fill('Female'), 'm', ''];
    const dir = demoProjectWith({ patients: patients(sexes) });
    const scan = await callOk(engineOn(dir), 'crosswalks:scan', { name: 'sex' });
    expect(scan.usedBy).toEqual([{ targetTable: 'LOAD_PATIENT', targetField: 'sex_code', sourceTable: 'patients', sourceField: 'sex' }]);
    expect(scan.rowsRead).toBe(21);
    expect(scan.codes.map((c) => [c.code, c.rows, c.target])).toEqual([
      ['Female', 5, null],
      ['m', null, null],
      ['M', 8, '1'],
      ['F', 6, '2'],
    ]);
    expect(scan.rejectedRows).toBe(6);
    expect(scan.codes[0]!.suggestions[0]).toMatchObject({ target: '2' });
    expect(scan.codes[1]!.suggestions[0]).toMatchObject({ target: '1' });
    expect(scan.codes[2]!.suggestions).toEqual([]);
    expect(scan.identifying).toBe(false);
  });

  it('masks the values when the translated field looks identifying', async () => {
    const dir = demoProjectWith({ patients: patients(['M', 'F']) });
    const contract = join(dir, 'mapping', 'contract.csv');
    writeFileSync(contract, readFileSync(contract, 'utf8').replace('LOAD_PATIENT,sex_code,LOOKUP_TRANSLATION,patients,sex,', 'LOAD_PATIENT,sex_code,LOOKUP_TRANSLATION,patients,surname,'));
    const scan = await callOk(engineOn(dir), 'crosswalks:scan', { name: 'sex' });
    expect(scan.identifying).toBe(true);
    expect(JSON.stringify(scan)).not.toContain('Smith');
    expect(scan.codes.every((c) => /^[•]+$/.test(c.code))).toBe(true);
  });
});

describe('the crosswalk library', () => {
  it('lists built-in crosswalks and starts a project crosswalk from one', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const library = await callOk(engine, 'crosswalks:library', {});
    expect(library.map((l) => l.id)).toEqual(expect.arrayContaining(['nhs-person-stated-gender', 'omop-gender', 'omop-race']));
    const created = await callOk(engine, 'crosswalks:create-from', { name: 'gender', libraryId: 'omop-gender' });
    expect(created.rows.find((r) => r.source === 'M')?.target).toBe('8507');
    expect(crosswalkText(dir, 'gender')).toMatch(/^source_code,target_code,description\n/);
    expect(await callFails(engine, 'crosswalks:create-from', { name: 'x', libraryId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a crosswalk from a CSV file, refusing a broken one by line', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const file = join(tempDir(), 'wards.csv');
    writeFileSync(file, 'source_code,target_code\nW1,OAK\nW1,ELM\n');
    expect(await callFails(engine, 'crosswalks:create-from', { name: 'wards', path: file })).toMatchObject({ details: { file, line: 3, field: 'source_code' } });
    writeFileSync(file, 'source_code,target_code\nW1,OAK\nW2,ELM\n');
    expect((await callOk(engine, 'crosswalks:create-from', { name: 'wards', path: file })).rows).toEqual([
      { source: 'W1', target: 'OAK', description: '' },
      { source: 'W2', target: 'ELM', description: '' },
    ]);
  });
});
