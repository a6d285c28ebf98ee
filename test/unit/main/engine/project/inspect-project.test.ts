import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../../../main/engine/errors';
import { inspectProject, loadProject } from '../../../../../main/engine/project/inspect-project';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

describe('inspectProject', () => {
  it('finds no problem in the demo template', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001')] });
    const { project, problems } = await inspectProject(dir);
    expect(problems).toEqual([]);
    expect(project?.catalog.tables.map((t) => t.name)).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);
    expect(project?.sourceTables.map((t) => t.name)).toEqual(['admissions', 'diagnoses', 'outpatient_appointments', 'patients']);
    expect(project?.crosswalks.get('sex')?.codes.get('F')).toBe('2');
  });

  it('throws a user error for a missing folder', async () => {
    await expect(inspectProject('/no/such/project')).rejects.toThrow(/project folder not found/);
  });

  it('throws a user error for a folder without project.yaml', async () => {
    await expect(inspectProject(tempDir())).rejects.toThrow(/project\.yaml not found/);
  });

  it('reports malformed YAML with its line', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'project.yaml'), 'name: Demo\nversion: 1\nsources:\n  - id: pas\n   type: csv\n');
    const { problems } = await inspectProject(dir);
    expect(problems[0]).toMatchObject({ file: 'project.yaml', line: expect.any(Number) });
    expect(problems[0]!.message).toMatch(/not valid YAML/);
  });

  it('reports a schema mismatch with the key and its line', async () => {
    const dir = demoProjectWith({});
    const text = readFileSync(join(dir, 'project.yaml'), 'utf8').replace('batchSize: 1000', 'batchSize: lots');
    writeFileSync(join(dir, 'project.yaml'), text);
    const { problems } = await inspectProject(dir);
    const line = text.split('\n').findIndex((l) => l.includes('batchSize')) + 1;
    expect(problems).toEqual([expect.objectContaining({ file: 'project.yaml', field: 'pipeline.batchSize', line })]);
  });

  it('lists every contract problem with its line and field', async () => {
    const dir = demoProjectWith({});
    const file = join(dir, 'mapping', 'contract.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const replace = (prefix: string, row: string) => {
      const index = lines.findIndex((l) => l.startsWith(prefix));
      lines[index] = row;
      return index + 1;
    };
    const expected = [
      `${replace('LOAD_PATIENT,title,', 'LOAD_PATIENT,shoe_size,DIRECT_SOURCE,patients,title,,,,N,')}:target_field`,
      `${replace('LOAD_PATIENT,phone,', 'LOAD_PATIENT,phone,SOMETIMES,patients,phone,,,,N,')}:class`,
      `${replace('LOAD_ADMISSION,ward_code,', 'LOAD_ADMISSION,ward_code,LOOKUP_TRANSLATION,admissions,ward,,wards,,N,')}:crosswalk`,
      `${replace('LOAD_OUTPATIENT,clinic_code,', 'LOAD_OUTPATIENT,clinic_code,DERIVED,outpatient_appointments,,upper(clinic_cod),,,N,')}:expression`,
      `${replace('LOAD_DIAGNOSIS,recorded_date,', 'LOAD_DIAGNOSIS,recorded_date,DERIVED,diagnoses,,"iso_date(recorded_date,",,,N,')}:expression`,
    ];
    writeFileSync(file, lines.join('\n'));
    const { problems } = await inspectProject(dir);
    expect(problems.map((p) => `${p.line}:${p.field}`).sort()).toEqual(expected.sort());
    expect(problems.every((p) => p.file === 'mapping/contract.csv')).toBe(true);
  });

  it('reports a source CSV with a broken quote in its header as a problem naming the file', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'source', 'patients.csv'), '"pas_id,nhs_number\n');
    const { problems } = await inspectProject(dir);
    expect(problems.some((p) => p.file === 'source/patients.csv')).toBe(true);
  });

  it('reports an empty source file', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'source', 'diagnoses.csv'), '');
    const { problems } = await inspectProject(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'source/diagnoses.csv', message: expect.stringMatching(/empty/) }));
  });

  it('reports invalid DDL naming the catalog file', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'target', 'load-schema.sql'), 'CREATE TABLE broken (a INTEGER,, b TEXT);');
    const { problems } = await inspectProject(dir);
    expect(problems[0]).toMatchObject({ file: 'target/load-schema.sql', line: 1, message: expect.stringMatching(/empty column definition in broken/) });
  });

  it('loadProject refuses a project with problems, listing all of them', async () => {
    const dir = demoProjectWith({});
    rmSync(join(dir, 'mapping', 'crosswalks', 'sex.csv'));
    const error = await loadProject(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems.length).toBeGreaterThan(0);
    expect((error as UserError).describe()).toMatch(/^mapping\/contract\.csv:\d+: crosswalk: no crosswalk named sex/);
  });
});
