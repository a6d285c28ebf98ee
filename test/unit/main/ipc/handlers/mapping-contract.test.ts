import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../../helpers/temp-project';
import { profileProject } from '../../../../../main/engine/profile/profile-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

const contractOf = (dir: string) => readFileSync(join(dir, 'mapping', 'contract.csv'), 'utf8');

describe('mapping:get', () => {
  it("gives the demo contract with its coverage of the LOAD catalog, sources and crosswalks", async () => {
    const state = await callOk(engineOn(demoProjectWith({})), 'mapping:get', {});
    expect(state.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(state.rows.find((r) => r.targetField === 'given_name')).toMatchObject({ class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename', status: 'draft' });
    const patient = state.coverage.tables.find((t) => t.table === 'LOAD_PATIENT')!;
    expect(patient).toMatchObject({ fields: 18, decided: 18, unresolved: 0 });
    expect(patient.byClass.OUT_OF_SCOPE).toBe(1);
    expect(state.coverage.totals.fields).toBe(41);
    expect(state.sourcesFrom).toBe('discovery');
    expect(state.sources.map((s) => s.table)).toEqual(['admissions', 'diagnoses', 'outpatient_appointments', 'patients']);
    expect(state.crosswalks.map((c) => c.name)).toContain('sex');
    expect(state.latestVersion).toBeNull();
  });

  it('counts catalog fields the contract leaves out as unresolved, and required ones as blocking', async () => {
    const dir = demoProjectWith({});
    const lines = contractOf(dir).split('\n');
    writeFileSync(join(dir, 'mapping', 'contract.csv'), lines.filter((l) => !l.startsWith('LOAD_PATIENT,family_name,') && !l.startsWith('LOAD_PATIENT,town,')).join('\n'));
    const patient = (await callOk(engineOn(dir), 'mapping:get', {})).coverage.tables.find((t) => t.table === 'LOAD_PATIENT')!;
    expect(patient).toMatchObject({ unresolved: 2, requiredUnresolved: 1, unresolvedFields: ['family_name', 'town'] });
  });
});

describe('mapping:update', () => {
  it('changes one field, leaves every other line as written, and keeps both versions', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const before = contractOf(dir);
    const { sha256 } = await callOk(engine, 'mapping:get', {});
    const state = await callOk(engine, 'mapping:update', {
      expectedSha: sha256,
      changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'religion', class: 'UNRESOLVED', notes: 'Ask the PAS team, "religion" may be in a side table' }],
      author: 'Ana Reviewer',
    });
    expect(state.rows.find((r) => r.targetField === 'religion')).toMatchObject({ class: 'UNRESOLVED' });
    expect(state.coverage.tables.find((t) => t.table === 'LOAD_PATIENT')).toMatchObject({ unresolved: 1, unresolvedFields: ['religion'] });
    const after = contractOf(dir);
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['LOAD_PATIENT,religion,UNRESOLVED,,,,,,N,"Ask the PAS team, ""religion"" may be in a side table"']);
    const versions = await callOk(engine, 'mapping:versions', {});
    expect(versions.map((v) => v.note)).toEqual(['LOAD_PATIENT.religion: class UNRESOLVED, notes', 'as found before the first change made in the app']);
    expect(versions[0]!.author).toBe('Ana Reviewer');
    expect((await callOk(engine, 'mapping:version', { versionId: versions[1]!.id })).content).toBe(before);
    const [latest] = (await callOk(engine, 'audit:entries', { limit: 1 })).entries;
    expect(latest).toMatchObject({ action: 'contract.changed', actor: 'Ana Reviewer', subject: 'mapping/contract.csv', details: { version: versions[0]!.id } });
    expect((await callOk(engine, 'audit:verify', {})).verified).toBe(true);
  });

  it('adds a row for a field the contract does not list, after its table\'s last row', async () => {
    const dir = demoProjectWith({});
    const lines = contractOf(dir).split('\n');
    writeFileSync(join(dir, 'mapping', 'contract.csv'), lines.filter((l) => !l.startsWith('LOAD_PATIENT,town,')).join('\n'));
    const engine = engineOn(dir);
    const { sha256 } = await callOk(engine, 'mapping:get', {});
    await callOk(engine, 'mapping:update', { expectedSha: sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'town', class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'town' }] });
    const rows = contractOf(dir).split('\n');
    const town = rows.findIndex((l) => l.startsWith('LOAD_PATIENT,town,DIRECT_SOURCE,patients,town,'));
    expect(rows[town + 1]).toMatch(/^LOAD_ADMISSION,/);
    expect(rows[town - 1]).toMatch(/^LOAD_PATIENT,source_system,/);
  });

  it('takes an approval back when the mapping itself changes, not when only the notes do', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    let state = await callOk(engine, 'mapping:get', {});
    const field = { targetTable: 'LOAD_PATIENT', targetField: 'title' };
    state = await callOk(engine, 'mapping:update', { expectedSha: state.sha256, changes: [{ ...field, status: 'approved', approvedBy: 'Dr Governance' }] });
    expect(state.coverage.totals.approved).toBe(1);
    // The first approval adds the review columns to the header, and to every row.
    const lines = contractOf(dir).split('\n');
    expect(lines[0]).toBe('target_table,target_field,class,source_table,source_field,expression,crosswalk,default,required,notes,status,approved_by');
    expect(lines.find((l) => l.startsWith('LOAD_PATIENT,title,'))).toBe('LOAD_PATIENT,title,DIRECT_SOURCE,patients,title,,,,N,,approved,Dr Governance');
    expect(lines.find((l) => l.startsWith('LOAD_PATIENT,town,'))).toBe('LOAD_PATIENT,town,DIRECT_SOURCE,patients,town,,,,N,,,');
    state = await callOk(engine, 'mapping:update', { expectedSha: state.sha256, changes: [{ ...field, notes: 'checked against the data dictionary' }] });
    expect(state.rows.find((r) => r.targetField === 'title')).toMatchObject({ status: 'approved', approvedBy: 'Dr Governance' });
    state = await callOk(engine, 'mapping:update', { expectedSha: state.sha256, changes: [{ ...field, expression: 'upper(title)', class: 'DERIVED' }] });
    expect(state.rows.find((r) => r.targetField === 'title')).toMatchObject({ status: 'draft', approvedBy: null, class: 'DERIVED' });
  });

  it('refuses a change that breaks the rules, naming field and column, and writes nothing', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const before = contractOf(dir);
    const { sha256 } = await callOk(engine, 'mapping:get', {});
    const noCrosswalk = await callFails(engine, 'mapping:update', { expectedSha: sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'title', class: 'LOOKUP_TRANSLATION' }] });
    expect(noCrosswalk).toMatchObject({ code: 'BAD_INPUT', details: { file: 'mapping/contract.csv', field: 'crosswalk' } });
    expect(noCrosswalk.message).toContain('LOAD_PATIENT.title');
    const nameless = await callFails(engine, 'mapping:update', { expectedSha: sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'title', status: 'approved' }] });
    expect(nameless).toMatchObject({ details: { field: 'approved_by' } });
    expect(await callFails(engine, 'mapping:update', { expectedSha: sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'title', class: 'MAYBE' }] })).toMatchObject({ code: 'VALIDATION' });
    expect(contractOf(dir)).toBe(before);
    expect(await callOk(engine, 'mapping:versions', {})).toEqual([]);
  });

  it('refuses with CONFLICT when the file changed on disk since it was read', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const { sha256 } = await callOk(engine, 'mapping:get', {});
    writeFileSync(join(dir, 'mapping', 'contract.csv'), contractOf(dir).replace('Legacy PAS number', 'Edited by hand'));
    const edited = contractOf(dir);
    const error = await callFails(engine, 'mapping:update', { expectedSha: sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'title', notes: 'x' }] });
    expect(error.code).toBe('CONFLICT');
    expect(contractOf(dir)).toBe(edited);
  });
});

describe('mapping:restore and mapping:import', () => {
  it('restores an earlier version, keeping the restore as a version too', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const original = contractOf(dir);
    let state = await callOk(engine, 'mapping:get', {});
    state = await callOk(engine, 'mapping:update', { expectedSha: state.sha256, changes: [{ targetTable: 'LOAD_PATIENT', targetField: 'phone', class: 'OUT_OF_SCOPE', sourceField: null, sourceTable: null }] });
    const [, first] = await callOk(engine, 'mapping:versions', {});
    state = await callOk(engine, 'mapping:restore', { versionId: first!.id, expectedSha: state.sha256 });
    expect(contractOf(dir)).toBe(original);
    expect(state.rows.find((r) => r.targetField === 'phone')?.class).toBe('DIRECT_SOURCE');
    expect((await callOk(engine, 'mapping:versions', {}))[0]!.note).toBe(`restored version ${first!.id}`);
    expect(await callFails(engine, 'mapping:restore', { versionId: 999, expectedSha: state.sha256 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a reviewed CSV whole, or refuses it whole naming the line and column', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const { sha256 } = await callOk(engine, 'mapping:get', {});
    const reviewed = join(tempDir(), 'reviewed.csv');
    const broken = contractOf(dir).replace('LOAD_PATIENT,title,DIRECT_SOURCE,patients,title', 'LOAD_PATIENT,title,SOMETIMES,patients,title');
    writeFileSync(reviewed, broken);
    const error = await callFails(engine, 'mapping:import', { path: reviewed, expectedSha: sha256 });
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { file: reviewed, line: 4, field: 'class' } });
    const good = contractOf(dir).replace('LOAD_PATIENT,town,DIRECT_SOURCE,patients,town,,,,N,', 'LOAD_PATIENT,town,OUT_OF_SCOPE,,,,,,N,Not wanted');
    writeFileSync(reviewed, good);
    const state = await callOk(engine, 'mapping:import', { path: reviewed, expectedSha: sha256, author: 'Ana' });
    expect(state.rows.find((r) => r.targetField === 'town')).toMatchObject({ class: 'OUT_OF_SCOPE', notes: 'Not wanted' });
    expect(contractOf(dir)).toBe(good);
    expect(await callFails(engine, 'mapping:import', { path: join(tempDir(), 'none.csv'), expectedSha: state.sha256 })).toMatchObject({ details: { field: 'path' } });
  });
});

describe('mapping:try-expression', () => {
  it('runs an expression on the first rows of its driving table', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001', { date_of_birth: '03/04/1960', town: 'Leeds' }), patientRow('P0000002', { date_of_birth: '31/02/1961' })] });
    const engine = engineOn(dir);
    const trial = await callOk(engine, 'mapping:try-expression', { expression: 'upper(town)', sourceTable: 'patients' });
    expect(trial).toMatchObject({ ok: true, error: null, unknownFields: [] });
    expect(trial.samples.map((s) => s.output)).toEqual(['LEEDS', 'LEEDS']);
    expect(trial.samples[0]!.locator).toMatchObject({ file: 'source/patients.csv', line: 2 });
  });

  it('masks outputs computed from identifying columns, and reports bad dates per row', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001', { date_of_birth: '03/04/1960' }), patientRow('P0000002', { date_of_birth: '31/02/1961' })] });
    const trial = await callOk(engineOn(dir), 'mapping:try-expression', { expression: 'iso_date(date_of_birth, "DD/MM/YYYY")', sourceTable: 'pas.patients' });
    expect(trial.samples[0]!.output).toBe('••••-••-••');
    expect(trial.samples[1]).toMatchObject({ output: null, error: expect.stringContaining('not a real date') });
    expect(JSON.stringify(trial)).not.toContain('1960');
  });

  it('names a syntax error, unknown fields and an unknown table', async () => {
    const engine = engineOn(demoProjectWith({}));
    expect(await callOk(engine, 'mapping:try-expression', { expression: 'upper(town' })).toMatchObject({ ok: false, error: expect.any(String) });
    expect(await callOk(engine, 'mapping:try-expression', { expression: 'upper(shoe_size)', sourceTable: 'patients' })).toMatchObject({
      ok: false,
      unknownFields: ['shoe_size'],
    });
    expect(await callFails(engine, 'mapping:try-expression', { expression: 'upper(town)', sourceTable: 'wards' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('mapping:export', () => {
  it('hands over the contract CSV as it is on disk', async () => {
    const dir = demoProjectWith({});
    const exported = await callOk(engineOn(dir), 'mapping:export', { format: 'csv' });
    expect(exported).toMatchObject({ mimeType: 'text/csv', fileName: expect.stringMatching(/^contract-\d{4}-\d{2}-\d{2}\.csv$/) });
    expect(exported.content).toBe(contractOf(dir));
  });

  it('generates the ETL documentation from the project, in HTML and Markdown', async () => {
    const engine = engineOn(demoProjectWith({}));
    const html = await callOk(engine, 'mapping:export', { format: 'html' });
    expect(html.mimeType).toBe('text/html');
    expect(html.content).toContain('Demo PAS migration');
    expect(html.content).toContain('LOAD_DIAGNOSIS');
    expect(html.content).not.toMatch(/<script|https?:\/\//);
    const markdown = await callOk(engine, 'mapping:export', { format: 'markdown' });
    expect(markdown.fileName).toMatch(/\.md$/);
    expect(markdown.content).toMatch(/^# /);
    expect(markdown.content).toContain('given_name');
  });
});

describe('mapping:suggest', () => {
  it('needs a profile, then ranks the demo contract\'s own choices first', async () => {
    const dir = demoProjectWith({ patients: Array.from({ length: 12 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex: i % 2 ? 'F' : 'M' })) });
    const engine = engineOn(dir);
    expect(await callFails(engine, 'mapping:suggest', { table: 'LOAD_PATIENT' })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('profile') });
    await profileProject(dir);
    const suggested = await callOk(engine, 'mapping:suggest', { table: 'LOAD_PATIENT' });
    expect(suggested.drivingTable).toBe('patients');
    const best = (field: string) => suggested.fields.find((f) => f.targetField === field)!.suggestions[0]!;
    expect(best('given_name')).toMatchObject({ class: 'DIRECT_SOURCE', sourceField: 'forename' });
    expect(best('sex_code')).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'sex', crosswalk: 'sex' });
    expect(best('birth_date')).toMatchObject({ class: 'DERIVED', expression: 'iso_date(date_of_birth, "DD/MM/YYYY")' });
    expect(suggested.fields.every((f) => f.decided)).toBe(true);
    expect(await callFails(engine, 'mapping:suggest', { table: 'NOPE' })).toMatchObject({ code: 'NOT_FOUND', details: { field: 'table' } });
  });
});
