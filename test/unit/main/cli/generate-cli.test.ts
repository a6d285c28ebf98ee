import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

function manifestOf(dir: string): { format?: string; defectKinds?: Record<string, number>; defects: { kind: string }[] } {
  return JSON.parse(readFileSync(join(dir, 'defects.json'), 'utf8'));
}

describe('cutover generate', () => {
  it('writes CSV by default and prints the summary with its format', async () => {
    const dir = tempDir();
    const { code, out } = await cli('generate', '--out', dir, '--patients', '50', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(Object.keys(summary)).toEqual(['out', 'seed', 'format', 'patients', 'tables', 'defects']);
    expect(summary).toMatchObject({ out: dir, seed: 42, format: 'csv', patients: 50 });
    expect(summary.tables.map((t: { file: string }) => t.file)).toEqual(['patients.csv', 'admissions.csv', 'outpatient_appointments.csv', 'diagnoses.csv']);
    expect(manifestOf(dir).format).toBeUndefined();
  });

  it('writes FHIR NDJSON or HL7 v2 with --format, saying what it wrote', async () => {
    const fhir = tempDir();
    const hl7 = tempDir();
    const written = await cli('generate', '--out', fhir, '--patients', '40', '--format', 'fhir');
    expect(written.code).toBe(0);
    expect(written.out).toMatch(/^Wrote FHIR R4 NDJSON \(Patient\.ndjson, Encounter\.ndjson, Condition\.ndjson: 4\d patients, /);
    expect(readdirSync(fhir).sort()).toEqual(['Condition.ndjson', 'Encounter.ndjson', 'Patient.ndjson', 'defects.json']);
    const { code, out } = await cli('generate', '--out', hl7, '--patients', '40', '--format', 'hl7v2', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ format: 'hl7v2', tables: [{ file: 'adt.hl7' }, { file: 'adt.hl7' }, { file: 'adt.hl7' }, { file: 'adt.hl7' }] });
    expect(manifestOf(hl7).format).toBe('hl7v2');
  });

  it('weights defect kinds with repeated --defect, all=W first setting every kind', async () => {
    const dir = tempDir();
    const { code, out } = await cli(
      'generate', '--out', dir, '--patients', '300', '--defect-rate', '0.4', '--json',
      '--defect', 'all=0', '--defect', 'invalid_nhs_number=1', '--defect', 'orphan_admission=2',
    );
    expect(code).toBe(0);
    const manifest = manifestOf(dir);
    expect(new Set(manifest.defects.map((d) => d.kind))).toEqual(new Set(['invalid_nhs_number', 'orphan_admission']));
    expect(manifest.defectKinds).toMatchObject({ missing_nhs_number: 0, invalid_nhs_number: 1, orphan_admission: 2, encoding_damage: 0 });
    const counts = Object.fromEntries(JSON.parse(out).defects.map((d: { kind: string; count: number }) => [d.kind, d.count]));
    expect(counts.invalid_nhs_number).toBeGreaterThan(0);
    expect(counts.missing_nhs_number).toBe(0);
  });

  it('injects nothing with --defect all=0', async () => {
    const dir = tempDir();
    expect((await cli('generate', '--out', dir, '--patients', '80', '--defect-rate', '1', '--defect', 'all=0')).code).toBe(0);
    expect(manifestOf(dir).defects).toEqual([]);
  });

  it('exits 2 with a clear message for a bad format or defect weight, writing nothing', async () => {
    const dir = tempDir();
    const format = await cli('generate', '--out', dir, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.err).toContain("option '--format <format>' argument 'xml' is invalid");
    const cases: [string, RegExp][] = [
      ['bad_nhs=1', /^cutover: --defect: unknown defect kind "bad_nhs"; the kinds are all, missing_nhs_number, /],
      ['invalid_nhs_number=-1', /^cutover: --defect: the weight of invalid_nhs_number must be a number of 0 or more$/],
      ['invalid_nhs_number=', /^cutover: --defect: the weight of invalid_nhs_number must be a number of 0 or more$/],
      ['invalid_nhs_number', /^cutover: --defect: "invalid_nhs_number" is not kind=weight/],
    ];
    for (const [value, message] of cases) {
      const { code, err } = await cli('generate', '--out', dir, '--patients', '5', '--defect', value);
      expect(code, value).toBe(2);
      expect(err.trim()).toMatch(message);
    }
    const json = await cli('generate', '--out', dir, '--defect', 'nope=1', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: 'BAD_INPUT', field: '--defect' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});
