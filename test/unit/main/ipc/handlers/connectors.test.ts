import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceConnectors, targetConnectors } from '../../../../../main/engine/connectors/registry';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn, namedPatients, SHARED_DATA } from './handler-helpers';

afterEach(cleanTempDirs);

const SYNTHEA = join(SHARED_DATA, 'synthea-csv-27');

describe('connectors:kinds and connectors:list', () => {
  it('lists every registered connector, sources then targets', async () => {
    const kinds = await callOk(engineOn(null), 'connectors:kinds', {});
    expect(kinds.map((k) => `${k.role}:${k.id}`)).toEqual([
      ...sourceConnectors.map((c) => `source:${c.id}`),
      ...targetConnectors.map((c) => `target:${c.id}`),
    ]);
    expect(kinds.find((k) => k.id === 'csv' && k.role === 'source')).toMatchObject({ acceptsFolder: true, extensions: expect.arrayContaining(['csv']) });
  });

  it("lists the demo project's source and target as project.yaml declares them", async () => {
    const engine = engineOn(demoProjectWith({}));
    const listed = await callOk(engine, 'connectors:list', {});
    expect(listed.sources).toEqual([{ id: 'pas', type: 'csv', path: 'source', options: {} }]);
    expect(listed.target).toEqual({ type: 'sqlite', path: 'target/load.db', options: { catalog: 'target/load-schema.sql' } });
  });

  it('needs an open project to list sources', async () => {
    expect(await callFails(engineOn(null), 'connectors:list', {})).toMatchObject({ code: 'NO_PROJECT' });
  });
});

describe('connectors:test and connectors:discover', () => {
  it('tests and discovers a configured source', async () => {
    const engine = engineOn(demoProjectWith({ patients: namedPatients(3).rows }));
    const report = await callOk(engine, 'connectors:test', { sourceId: 'pas' });
    expect(report).toMatchObject({ ok: true, detected: { encoding: 'UTF-8', delimiter: 'comma', tables: 4 } });
    // The demo's other tables were written header-only; the report says so, file and line.
    expect(report.problems).toContainEqual({ file: 'source/admissions.csv', line: 1, text: 'a header row but no data rows' });
    const tables = await callOk(engine, 'connectors:discover', { sourceId: 'pas' });
    expect(tables.map((t) => t.name).sort()).toEqual(['admissions', 'diagnoses', 'outpatient_appointments', 'patients']);
    expect(tables.find((t) => t.name === 'patients')).toMatchObject({ kind: 'file', rowEstimate: 3 });
  });

  it('tests and discovers an ad-hoc source by type and absolute path, before it is added', async () => {
    const engine = engineOn(demoProjectWith({}));
    const report = await callOk(engine, 'connectors:test', { type: 'csv', path: SYNTHEA });
    expect(report.ok).toBe(true);
    expect(report.detected?.tables).toBe(18);
    const tables = await callOk(engine, 'connectors:discover', { type: 'csv', path: SYNTHEA, options: { delimiter: ',' } });
    expect(tables).toHaveLength(18);
    expect(tables.find((t) => t.name === 'patients')?.columns.map((c) => c.name)).toContain('BIRTHDATE');
  });

  it('reports an unreadable path in the test report, and refuses unknown sources and types', async () => {
    const engine = engineOn(demoProjectWith({}));
    const report = await callOk(engine, 'connectors:test', { type: 'csv', path: '/no/such/folder' });
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: '/no/such/folder' });
    expect(await callFails(engine, 'connectors:test', { sourceId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFails(engine, 'connectors:test', { type: 'parquet', path: SYNTHEA })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await callFails(engineOn(null), 'connectors:test', { type: 'csv', path: 'relative/path' })).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('connectors:preview', () => {
  it('masks identifying columns by default, keeping their shape, and reveals them on request', async () => {
    const { rows, nhsNumbers, surnames } = namedPatients(6);
    const engine = engineOn(demoProjectWith({ patients: rows }));
    const masked = await callOk(engine, 'connectors:preview', { sourceId: 'pas', table: 'patients' });
    expect(masked.revealed).toBe(false);
    expect(masked.rows).toHaveLength(6);
    expect(masked.masked).toEqual(
      expect.arrayContaining(['pas_id', 'nhs_number', 'forename', 'surname', 'date_of_birth', 'address_line1', 'postcode', 'phone']),
    );
    expect(masked.masked).not.toContain('sex');
    const text = JSON.stringify(masked);
    for (const nhs of nhsNumbers) expect(text).not.toContain(nhs);
    for (const surname of surnames) expect(text).not.toContain(surname);
    expect(text).not.toMatch(/\d{10}/);
    const first = masked.rows[0]!.values;
    expect(first.nhs_number).toBe('••••••••••');
    expect(first.postcode).toBe('••• •••');
    expect(first.date_of_birth).toBe('••/••/••••');
    expect(first.sex).toBe('M');
    expect(masked.rows[0]!.locator).toEqual({ file: 'source/patients.csv', line: 2 });

    const revealed = await callOk(engine, 'connectors:preview', { sourceId: 'pas', table: 'patients', reveal: true, limit: 3 });
    expect(revealed.revealed).toBe(true);
    expect(revealed.rows).toHaveLength(3);
    expect(revealed.masked).toEqual(masked.masked);
    expect(revealed.rows[0]!.values).toMatchObject({ nhs_number: nhsNumbers[0], surname: surnames[0] });
  });

  it("masks a real export's identifying columns (Synthea patients)", async () => {
    const project = engineOn(demoProjectWith({}));
    await callOk(project, 'connectors:add', { id: 'synthea', type: 'csv', path: SYNTHEA });
    const patients = await callOk(project, 'connectors:preview', { sourceId: 'synthea', table: 'patients', limit: 20 });
    expect(patients.masked).toEqual(expect.arrayContaining(['Id', 'BIRTHDATE', 'SSN', 'FIRST', 'LAST', 'ADDRESS', 'ZIP']));
    expect(JSON.stringify(patients)).not.toMatch(/\d{3}-\d{2}-\d{4}/);
  });

  it("masks HL7 v2 patients by the standard's fields: names, ids, birth date, address, phones", async () => {
    const project = engineOn(demoProjectWith({}));
    await callOk(project, 'connectors:add', { id: 'adt', type: 'hl7v2', path: join(SHARED_DATA, 'hl7v2') });
    const pid = await callOk(project, 'connectors:preview', { sourceId: 'adt', table: 'PID' });
    expect(pid.masked).toEqual(expect.arrayContaining(['PID_3_1', 'PID_5_1', 'PID_5_2', 'PID_7_1', 'PID_11_1', 'PID_11_5', 'PID_13_1', 'PID_19_1']));
    expect(pid.masked).not.toContain('PID_8_1');
    expect(pid.masked).not.toContain('message_id');
    // The family name of the first sample message, as read by hand from ADT-A01-01.hl7.
    expect(JSON.stringify(pid)).not.toContain('EVERYMAN');
    const revealed = await callOk(project, 'connectors:preview', { sourceId: 'adt', table: 'PID', reveal: true });
    expect(JSON.stringify(revealed)).toContain('EVERYMAN');
  });

  it('masks flattened FHIR Patient names, identifier values, telecom, birth date and address', async () => {
    const project = engineOn(demoProjectWith({}));
    await callOk(project, 'connectors:add', { id: 'bundles', type: 'fhir', path: join(SHARED_DATA, 'fhir-r4') });
    const patient = await callOk(project, 'connectors:preview', { sourceId: 'bundles', table: 'Patient' });
    expect(patient.masked).toEqual(
      expect.arrayContaining(['name_0_family', 'name_0_given', 'identifier_ss', 'identifier_2_value', 'telecom_0_value', 'birthDate', 'address_0_line']),
    );
    expect(patient.masked).not.toContain('gender');
    expect(patient.masked).not.toContain('identifier_1_type_coding_0_code');
    // Values only: these sample files are named after their patients, and locators name files.
    const text = JSON.stringify(patient.rows.map((row) => row.values));
    for (const secret of ['Hoeger', 'Kreiger', '999-59-2277']) expect(text).not.toContain(secret);
  });

  it('flags identifying values by what they hold, whatever the column is called', async () => {
    const { rows, nhsNumbers } = namedPatients(6);
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'source', 'patients.csv'), ['ref,kind', ...rows.map((_, i) => `${nhsNumbers[i]},A`)].join('\n') + '\n');
    const preview = await callOk(engineOn(dir), 'connectors:preview', { sourceId: 'pas', table: 'patients' });
    expect(preview.masked).toEqual(['ref']);
  });

  it('shows the columns of a table with no rows, and refuses an unknown table', async () => {
    const engine = engineOn(demoProjectWith({}));
    const empty = await callOk(engine, 'connectors:preview', { sourceId: 'pas', table: 'admissions' });
    expect(empty.rows).toEqual([]);
    expect(empty.columns).toContain('admission_id');
    expect(await callFails(engine, 'connectors:preview', { sourceId: 'pas', table: 'nope' })).toMatchObject({ code: 'BAD_INPUT' });
  });
});
