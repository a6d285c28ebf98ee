import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isUserError } from '../../../../../main/engine/errors';
import type { DefectWeights } from '../../../../../main/engine/synth/defect-choice';
import { DEFECT_KINDS } from '../../../../../main/engine/synth/defects';
import { generateDataset, type GenerateOptions } from '../../../../../main/engine/synth/generate';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';
import { DATASET_FILES, hashDataset, loadDataset } from './dataset-fixture';

afterEach(() => {
  cleanTempDirs();
  vi.restoreAllMocks();
});

describe('generateDataset', () => {
  it('gives byte-identical files for the same seed and options, without Math.random or the clock', async () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the generator must not use Math.random');
    });
    const first = tempDir();
    const second = tempDir();
    await generateDataset({ patients: 300, seed: 20250630, outDir: first });
    await generateDataset({ patients: 300, seed: 20250630, outDir: second });
    expect(hashDataset(first)).toEqual(hashDataset(second));
  });

  it('gives different data for a different seed or defect rate', async () => {
    const base = tempDir();
    const otherSeed = tempDir();
    const otherRate = tempDir();
    await generateDataset({ patients: 200, seed: 1, outDir: base });
    await generateDataset({ patients: 200, seed: 2, outDir: otherSeed });
    await generateDataset({ patients: 200, seed: 1, outDir: otherRate, defectRate: 0.1 });
    const hashes = [hashDataset(base), hashDataset(otherSeed), hashDataset(otherRate)];
    for (const file of DATASET_FILES.slice(0, 4)) {
      expect(hashes[0]![file]).not.toBe(hashes[1]![file]);
    }
    expect(hashes[0]!['patients.csv']).not.toBe(hashes[2]!['patients.csv']);
  });

  it('draws each person from their own stream: a smaller clean dataset is a prefix of a larger one', async () => {
    const small = tempDir();
    const large = tempDir();
    await generateDataset({ patients: 50, seed: 8, outDir: small, defectRate: 0 });
    await generateDataset({ patients: 250, seed: 8, outDir: large, defectRate: 0 });
    for (const file of DATASET_FILES.slice(0, 4)) {
      const smallText = readFileSync(join(small, file), 'utf8');
      expect(readFileSync(join(large, file), 'utf8').startsWith(smallText)).toBe(true);
    }
  });

  it('reports row counts that match the files, and leaves no scratch files behind', async () => {
    const dir = tempDir();
    const summary = await generateDataset({ patients: 400, seed: 3, outDir: join(dir, 'nested', 'out') });
    const out = join(dir, 'nested', 'out');
    const data = loadDataset(out);
    expect(summary.seed).toBe(3);
    expect(summary.patients).toBe(400);
    expect(summary.tables).toEqual([
      { name: 'patients', file: 'patients.csv', rows: data.patients.rows.length },
      { name: 'admissions', file: 'admissions.csv', rows: data.admissions.rows.length },
      { name: 'outpatient_appointments', file: 'outpatient_appointments.csv', rows: data.outpatient_appointments.rows.length },
      { name: 'diagnoses', file: 'diagnoses.csv', rows: data.diagnoses.rows.length },
    ]);
    const duplicates = data.manifest.defects.filter((d) => d.kind === 'duplicate_patient').length;
    expect(data.patients.rows.length).toBe(400 + duplicates);
    expect(Object.fromEntries(summary.defects.map((d) => [d.kind, d.count]))).toEqual(data.manifest.counts);
    const total = summary.defects.reduce((sum, d) => sum + d.count, 0);
    expect(total).toBe(data.manifest.defects.length);
    expect(readdirSync(out).sort()).toEqual([...DATASET_FILES].sort());
  });

  it('writes UTF-8 CSV without BOM, with LF endings, the agreed headers and ordered ids', async () => {
    const dir = tempDir();
    await generateDataset({ patients: 300, seed: 12, outDir: dir });
    const headers: Record<string, string> = {
      'patients.csv':
        'pas_id,nhs_number,title,forename,surname,sex,date_of_birth,date_of_death,address_line1,town,postcode,phone,ethnic_code,marital_code,gp_practice,registered_date',
      'admissions.csv': 'admission_id,pas_id,admit_date,admit_time,discharge_date,admission_method,specialty,ward,consultant_code',
      'outpatient_appointments.csv': 'appointment_id,pas_id,clinic_code,appointment_date,appointment_time,attendance_status,specialty',
      'diagnoses.csv': 'diagnosis_id,admission_id,pas_id,icd10_code,diagnosis_seq,recorded_date',
    };
    for (const [file, header] of Object.entries(headers)) {
      const bytes = readFileSync(join(dir, file));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      const text = bytes.toString('utf8');
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.slice(0, text.indexOf('\n'))).toBe(header);
    }
    const data = loadDataset(dir);
    const ids = data.patients.rows.map((row) => row.pas_id!);
    expect(ids.every((id) => /^P\d{7}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(data.admissions.rows.every((row) => /^A\d{8}$/.test(row.admission_id!))).toBe(true);
    expect(data.outpatient_appointments.rows.every((row) => /^O\d{8}$/.test(row.appointment_id!))).toBe(true);
    expect(data.diagnoses.rows.every((row) => /^D\d{8}$/.test(row.diagnosis_id!))).toBe(true);
    // Flats put commas in some addresses; they must come back whole through a real CSV parser.
    expect(data.patients.rows.some((row) => row.address_line1!.startsWith('Flat '))).toBe(true);
    expect(data.patients.lines.some((line) => line.includes(',"Flat '))).toBe(true);
  });

  it('injects nothing at defect rate 0', async () => {
    const dir = tempDir();
    const summary = await generateDataset({ patients: 300, seed: 5, outDir: dir, defectRate: 0 });
    const data = loadDataset(dir);
    expect(data.manifest.defects).toEqual([]);
    expect(Object.values(data.manifest.counts).every((count) => count === 0)).toBe(true);
    expect(summary.defects.every((d) => d.count === 0)).toBe(true);
    expect(data.patients.rows).toHaveLength(300);
    expect(data.manifest).toMatchObject({ seed: 5, defectRate: 0, referenceDate: '2025-06-30' });
  });

  it('gives every record exactly one defect at rate 1', async () => {
    const dir = tempDir();
    await generateDataset({ patients: 150, seed: 6, outDir: dir, defectRate: 1 });
    const data = loadDataset(dir);
    const rows =
      data.patients.rows.length + data.admissions.rows.length + data.outpatient_appointments.rows.length +
      data.diagnoses.rows.length;
    // A duplicate's original stays clean: the extra row carries the defect.
    const duplicates = data.manifest.defects.filter((d) => d.kind === 'duplicate_patient').length;
    expect(data.manifest.defects.length).toBe(rows - duplicates);
    const keys = data.manifest.defects.map((d) => `${d.table}/${d.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('rejects impossible options with an error naming the option', async () => {
    const outDir = tempDir();
    const cases: [GenerateOptions, string][] = [
      [{ patients: -1, seed: 1, outDir }, 'patients'],
      [{ patients: 1.5, seed: 1, outDir }, 'patients'],
      [{ patients: 1, seed: -3, outDir }, 'seed'],
      [{ patients: 1, seed: 1, outDir, defectRate: 1.5 }, 'defectRate'],
      [{ patients: 1, seed: 1, outDir, referenceDate: '2025-02-30' }, 'referenceDate'],
      [{ patients: 1, seed: 1, outDir, format: 'xml' as 'csv' }, 'format'],
      [{ patients: 1, seed: 1, outDir, defectKinds: { bad_nhs: 1 } as DefectWeights }, 'defectKinds.bad_nhs'],
      [{ patients: 1, seed: 1, outDir, defectKinds: { invalid_nhs_number: -2 } }, 'defectKinds.invalid_nhs_number'],
    ];
    for (const [options, field] of cases) {
      const error = await generateDataset(options).catch((e: unknown) => e);
      expect(isUserError(error), field).toBe(true);
      expect((error as { place: { field?: string } }).place.field).toBe(field);
    }
  });
});

describe('generateDataset defaults', () => {
  // Pinned when output formats and defect weights came in: the CSV output of the defaults
  // must not change. Update these only for a change to the data that is meant.
  it('writes the same CSV bytes as before formats and defect weights existed', async () => {
    const dir = tempDir();
    await generateDataset({ patients: 200, seed: 2025, outDir: dir, defectRate: 0.1 });
    expect(hashDataset(dir)).toEqual({
      'patients.csv': 'b4c08be517ef51a9d7787bf9af87a39ca6f39c4a3d3fdcc78a2ed2711baf56f4',
      'admissions.csv': 'abeb992a22417fbf76b68f2e9cdd374329ed448a7a501f590e48af561e8c6722',
      'outpatient_appointments.csv': 'f8bcc1745b1dd52ebdf45a56458d16fe411b89ba3d056078ef5c15471aabc7d7',
      'diagnoses.csv': 'd921482deeadebb50eddff1059999ad7b1b53023e3175a31e1902d01d8d4e0dd',
      'defects.json': '0fc9591261382f801ab71f20ba7efc697a08683e91a7ae94fe462d544892bab4',
    });
  });
});

describe('generateDataset defect weights', () => {
  const allOff = (): DefectWeights => Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, 0]));

  it('injects only the kinds switched on, and says so in the manifest', async () => {
    const dir = tempDir();
    const defectKinds: DefectWeights = { ...allOff(), orphan_admission: 2, invalid_nhs_number: 1, orphan_diagnosis: 1 };
    const summary = await generateDataset({ patients: 400, seed: 9, outDir: dir, defectRate: 0.3, defectKinds });
    const data = loadDataset(dir);
    const kinds = new Set(data.manifest.defects.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['invalid_nhs_number', 'orphan_admission', 'orphan_diagnosis']);
    expect(summary.defects.filter((d) => d.count > 0).map((d) => d.kind).sort()).toEqual([...kinds].sort());
    expect((data.manifest as unknown as { defectKinds: DefectWeights }).defectKinds).toEqual(defectKinds);
    // About 30% of the 400 patients get a bad NHS number, their only possible defect.
    const patients = data.manifest.defects.filter((d) => d.table === 'patients').length;
    expect(patients).toBeGreaterThan(80);
    expect(patients).toBeLessThan(160);
  });

  it('injects nothing when every weight is 0, leaving the rows as at defect rate 0', async () => {
    const none = tempDir();
    const zero = tempDir();
    await generateDataset({ patients: 250, seed: 4, outDir: none, defectRate: 1, defectKinds: allOff() });
    await generateDataset({ patients: 250, seed: 4, outDir: zero, defectRate: 0 });
    expect(loadDataset(none).manifest.defects).toEqual([]);
    const [a, b] = [hashDataset(none), hashDataset(zero)];
    for (const file of DATASET_FILES.slice(0, 4)) expect(a[file], file).toBe(b[file]);
  });
});

describe('generateDataset formats', () => {
  it('writes each format to its own files, names them in the summary, and leaves no scratch files', async () => {
    const expected = {
      fhir: ['Condition.ndjson', 'Encounter.ndjson', 'Patient.ndjson', 'defects.json'],
      hl7v2: ['adt.hl7', 'defects.json'],
    } as const;
    const csvSummary = await generateDataset({ patients: 120, seed: 21, outDir: tempDir() });
    expect(csvSummary.format).toBe('csv');
    for (const format of ['fhir', 'hl7v2'] as const) {
      const dir = tempDir();
      const summary = await generateDataset({ patients: 120, seed: 21, outDir: dir, format });
      expect(summary.format).toBe(format);
      expect(readdirSync(dir).sort()).toEqual(expected[format]);
      expect(summary.tables.map((t) => t.rows)).toEqual(csvSummary.tables.map((t) => t.rows));
      expect(summary.defects).toEqual(csvSummary.defects);
      expect(new Set(summary.tables.map((t) => t.file))).toEqual(new Set(expected[format].filter((f) => f !== 'defects.json')));
    }
  });

  it('is deterministic in every format', async () => {
    for (const format of ['fhir', 'hl7v2'] as const) {
      const [first, second] = [tempDir(), tempDir()];
      await generateDataset({ patients: 150, seed: 77, outDir: first, format });
      await generateDataset({ patients: 150, seed: 77, outDir: second, format });
      for (const file of readdirSync(first)) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });
});
