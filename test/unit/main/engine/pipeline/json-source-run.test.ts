import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../../../main/engine/errors';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

const PATIENT_COLUMNS =
  'pas_id,nhs_number,title,forename,surname,sex,date_of_birth,date_of_death,address_line1,town,postcode,phone,ethnic_code,marital_code,gp_practice,registered_date'.split(',');

/** A demo project whose patients come from NDJSON and admissions from a JSON array, through a second source. */
function jsonProject(patients: string[], admissions: Record<string, unknown>[]): string {
  const dir = demoProjectWith({});
  rmSync(join(dir, 'source', 'patients.csv'));
  rmSync(join(dir, 'source', 'admissions.csv'));
  mkdirSync(join(dir, 'json'));
  const objects = patients.map((row) => Object.fromEntries(row.split(',').map((v, i) => [PATIENT_COLUMNS[i]!, v])));
  writeFileSync(join(dir, 'json', 'patients.ndjson'), objects.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(join(dir, 'json', 'admissions.json'), JSON.stringify(admissions, null, 2));
  const yaml = readFileSync(join(dir, 'project.yaml'), 'utf8').replace('target:', '  - id: feed\n    type: json\n    path: json\ntarget:');
  writeFileSync(join(dir, 'project.yaml'), yaml);
  return dir;
}

const admission = (id: string, patient: string, specialty: number | string) => ({
  admission_id: id, pas_id: patient, admit_date: '01/02/2020', admit_time: '09:30', discharge_date: '05/02/2020',
  admission_method: 'EM', specialty, ward: 'W1', consultant_code: 'C1234567',
});

describe('a run over JSON sources', () => {
  it('loads NDJSON and JSON rows, coercing typed values, with issues located by line', async () => {
    const dir = jsonProject(
      [patientRow('P0000001'), patientRow('P0000002', { surname: '' })],
      [admission('A00000001', 'P0000001', 300), admission('A00000002', 'P0000001', 1234)],
    );
    const project = await loadProject(dir);
    expect(project.sourceTables.filter((t) => t.sourceId === 'feed').map((t) => [t.name, t.rowEstimate])).toEqual([
      ['admissions', 2],
      ['patients', 2],
    ]);
    const result = await runPipeline(project);
    expect(result.tables.map((t) => [t.name, t.read, t.written, t.rejected])).toEqual([
      ['LOAD_PATIENT', 2, 1, 1],
      ['LOAD_ADMISSION', 2, 1, 1],
      ['LOAD_OUTPATIENT', 0, 0, 0],
      ['LOAD_DIAGNOSIS', 0, 0, 0],
    ]);
    const db = new Database(join(dir, 'target', 'load.db'), { readonly: true });
    expect(db.prepare('SELECT specialty_code, length_of_stay FROM LOAD_ADMISSION').get()).toEqual({ specialty_code: '300', length_of_stay: 4 });
    db.close();
    const store = RunStore.open(dir);
    const issues = store.getRun(result.runId).issues.map((i) => [i.table, i.rule, i.locator]);
    store.close();
    expect(issues).toEqual([
      ['LOAD_PATIENT', 'required', { file: 'json/patients.ndjson', line: 2 }],
      ['LOAD_ADMISSION', 'length', { file: 'json/admissions.json', line: 13 }],
    ]);
  });

  it('refuses a project whose JSON source is truncated, naming file and line before anything loads', async () => {
    const dir = jsonProject([patientRow('P0000001')], [admission('A00000001', 'P0000001', 300)]);
    writeFileSync(join(dir, 'json', 'admissions.json'), '[\n  {"admission_id": "A1",\n');
    const error = await loadProject(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems).toContainEqual(
      expect.objectContaining({ file: 'json/admissions.json', line: 3, message: expect.stringMatching(/the file ends/) }),
    );
  });
});
