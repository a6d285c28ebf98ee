import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { generateDataset } from '../../../../../main/engine/synth/generate';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';
import { legacyDateValue, loadDataset, type LoadedDataset, type ManifestEntry } from './dataset-fixture';

/**
 * Checks `defects.json` against the files with an independent reader: each listed defect
 * is really there, on the stated line and field, and no row outside the manifest shows
 * any of the defects (so quality checks can be scored against it).
 */

const SEX = new Set(['M', 'F', 'U', 'I']);
const ETHNIC = new Set('WB,WI,WO,MW,MB,MA,MO,AI,AP,AB,AO,BC,BA,BO,CH,OT,NS'.split(','));
const METHODS = new Set(['EL', 'EM', 'MA', 'TR', 'OT']);
const STATUSES = new Set(['ATT', 'DNA', 'CAN', 'HCN', 'WLK']);
const SPECIALTIES = new Set(['100', '101', '110', '300', '320', '340', '400', '420', '501', '502']);
const TITLES = new Set(['Mr', 'Mrs', 'Miss', 'Ms', 'Dr', 'Master', '']);
const REFERENCE = 20250630;

let data: LoadedDataset;
let byKey: Map<string, ManifestEntry>;

beforeAll(async () => {
  const dir = tempDir();
  await generateDataset({ patients: 1500, seed: 424242, outDir: dir, defectRate: 0.1 });
  data = loadDataset(dir);
  byKey = new Map(data.manifest.defects.map((d) => [`${d.table}/${d.key}`, d]));
});
afterAll(cleanTempDirs);

/** The defects an independent reader sees in a patient row, as `kind:field`. */
function patientFindings(row: Record<string, string>): string[] {
  const found: string[] = [];
  if (row.nhs_number === '') found.push('missing_nhs_number:nhs_number');
  else if (!isValidNhsNumber(row.nhs_number!)) found.push('invalid_nhs_number:nhs_number');
  if (row.surname === '') found.push('missing_surname:surname');
  if (row.date_of_birth === '') found.push('missing_date_of_birth:date_of_birth');
  else if (legacyDateValue(row.date_of_birth!) === null) found.push('invalid_date:date_of_birth');
  else if (legacyDateValue(row.date_of_birth!)! > REFERENCE) found.push('future_birth_date:date_of_birth');
  if (legacyDateValue(row.registered_date!) === null) found.push('invalid_date:registered_date');
  if (!SEX.has(row.sex!)) found.push('unmapped_sex_code:sex');
  if (!ETHNIC.has(row.ethnic_code!)) found.push('unmapped_ethnic_code:ethnic_code');
  for (const field of ['forename', 'surname']) if (row[field]!.includes('Ã')) found.push(`encoding_damage:${field}`);
  return found;
}

function admissionFindings(row: Record<string, string>): string[] {
  const found: string[] = [];
  if (!data.patients.byKey.has(row.pas_id!)) found.push('orphan_admission:pas_id');
  if (!METHODS.has(row.admission_method!)) found.push('unmapped_admission_method:admission_method');
  const admit = legacyDateValue(row.admit_date!);
  const discharge = row.discharge_date === '' ? null : legacyDateValue(row.discharge_date!);
  if (admit === null) found.push('invalid_date:admit_date');
  if (row.discharge_date !== '' && discharge === null) found.push('invalid_date:discharge_date');
  if (admit !== null && discharge !== null && discharge < admit) found.push('discharge_before_admission:discharge_date');
  return found;
}

function appointmentFindings(row: Record<string, string>): string[] {
  const found: string[] = [];
  if (!STATUSES.has(row.attendance_status!)) found.push('unmapped_attendance_status:attendance_status');
  if (legacyDateValue(row.appointment_date!) === null) found.push('invalid_date:appointment_date');
  return found;
}

function diagnosisFindings(row: Record<string, string>): string[] {
  const found: string[] = [];
  if (!data.admissions.byKey.has(row.admission_id!)) found.push('orphan_diagnosis:admission_id');
  if (legacyDateValue(row.recorded_date!) === null) found.push('invalid_date:recorded_date');
  return found;
}

describe('the defect manifest', () => {
  it('lists every kind of defect for a large enough dataset, with matching counts', () => {
    const kinds = new Map<string, number>();
    for (const d of data.manifest.defects) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
    for (const [kind, count] of Object.entries(data.manifest.counts)) {
      expect(count, kind).toBeGreaterThan(0);
      expect(kinds.get(kind), kind).toBe(count);
    }
    expect(data.manifest).toMatchObject({ seed: 424242, defectRate: 0.1, referenceDate: '2025-06-30' });
  });

  it('points at the physical line that holds the row with that key, one entry per row, in stable order', () => {
    const tableOrder = ['patients', 'admissions', 'outpatient_appointments', 'diagnoses'];
    let previous = [-1, 0];
    for (const d of data.manifest.defects) {
      const table = data[d.table as 'patients'];
      expect(table.lines[d.line - 1]!.startsWith(`${d.key},`), `${d.table}/${d.key}`).toBe(true);
      const position = [tableOrder.indexOf(d.table), d.line];
      expect(position[0]! > previous[0]! || (position[0] === previous[0] && position[1]! > previous[1]!)).toBe(true);
      previous = position;
      expect(Object.keys(d).sort()).toEqual(
        d.kind === 'duplicate_patient'
          ? ['duplicateOf', 'field', 'key', 'kind', 'line', 'table']
          : ['field', 'key', 'kind', 'line', 'table'],
      );
    }
    expect(byKey.size).toBe(data.manifest.defects.length);
  });

  it('matches what an independent reader finds in every row, and nothing else', () => {
    const tables = [
      ['patients', data.patients, 'pas_id', patientFindings],
      ['admissions', data.admissions, 'admission_id', admissionFindings],
      ['outpatient_appointments', data.outpatient_appointments, 'appointment_id', appointmentFindings],
      ['diagnoses', data.diagnoses, 'diagnosis_id', diagnosisFindings],
    ] as const;
    for (const [name, table, keyColumn, findings] of tables) {
      for (const row of table.rows) {
        const entry = byKey.get(`${name}/${row[keyColumn]}`);
        const found = findings(row);
        if (entry === undefined) {
          expect(found, `${name}/${row[keyColumn]} has an unlisted defect`).toEqual([]);
        } else if (entry.kind === 'duplicate_patient') {
          // A duplicate registration may have been made without the NHS number.
          expect(found.filter((f) => f !== 'missing_nhs_number:nhs_number')).toEqual([]);
        } else {
          expect(found, `${name}/${row[keyColumn]}`).toEqual([`${entry.kind}:${entry.field}`]);
        }
      }
    }
  });

  it('describes duplicates: same person, new pas_id, one slipped name, same date of birth, same or no NHS number', () => {
    for (const d of data.manifest.defects.filter((entry) => entry.kind === 'duplicate_patient')) {
      const copy = data.patients.byKey.get(d.key)!;
      const original = data.patients.byKey.get(d.duplicateOf!)!;
      expect(original).toBeDefined();
      expect(byKey.has(`patients/${d.duplicateOf}`)).toBe(false);
      expect(d.key > d.duplicateOf!).toBe(true);
      expect(['forename', 'surname']).toContain(d.field);
      const other = d.field === 'forename' ? 'surname' : 'forename';
      expect(copy[d.field]).not.toBe(original[d.field]);
      expect(copy[d.field]![0]).toBe(original[d.field]![0]);
      expect(copy[other]).toBe(original[other]);
      expect(copy.date_of_birth).toBe(original.date_of_birth);
      expect(['', original.nhs_number]).toContain(copy.nhs_number);
    }
  });
});

describe('clean records', () => {
  const clean = (table: string, key: string): boolean => !byKey.has(`${table}/${key}`);

  it('carry unique, valid NHS numbers (only a duplicate shares one)', () => {
    const owners = new Map<string, string>();
    for (const row of data.patients.rows) {
      if (!clean('patients', row.pas_id!)) continue;
      expect(isValidNhsNumber(row.nhs_number!), row.pas_id).toBe(true);
      expect(owners.has(row.nhs_number!), row.pas_id).toBe(false);
      owners.set(row.nhs_number!, row.pas_id!);
    }
  });

  it('use the agreed code sets and formats', () => {
    for (const row of data.patients.rows.filter((r) => clean('patients', r.pas_id!))) {
      expect(TITLES.has(row.title!)).toBe(true);
      expect(row.title === '').toBe(row.sex === 'U' || row.sex === 'I');
      if (row.title === 'Master' || row.title === 'Mr') expect(row.sex).toBe('M');
      if (['Mrs', 'Miss', 'Ms'].includes(row.title!)) expect(row.sex).toBe('F');
      expect('SMDWPU').toContain(row.marital_code);
      expect(row.gp_practice).toMatch(/^[A-Z]\d{5}$/);
      expect(row.postcode).toMatch(/^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$/);
      expect(row.phone).toMatch(/^$|^07\d{3} \d{6}$|^0\d{2,3} \d{3,4} \d{4}$/);
    }
    for (const row of data.admissions.rows) {
      expect(SPECIALTIES.has(row.specialty!)).toBe(true);
      expect(row.admit_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(row.consultant_code).toMatch(/^C\d{7}$/);
    }
    for (const row of data.outpatient_appointments.rows) {
      expect(SPECIALTIES.has(row.specialty!)).toBe(true);
      expect(row.appointment_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
    for (const row of data.diagnoses.rows) expect(row.icd10_code).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
  });

  it('keep dates in order: birth ≤ registration ≤ activity ≤ discharge ≤ reference date ≤ … and death after all', () => {
    const lastActivity = new Map<string, number>();
    const note = (pasId: string, value: number): void => {
      lastActivity.set(pasId, Math.max(lastActivity.get(pasId) ?? 0, value));
    };
    const patientDates = (pasId: string): { birth: number; registered: number } | null => {
      const patient = data.patients.byKey.get(pasId);
      if (!patient || !clean('patients', pasId)) return null;
      return { birth: legacyDateValue(patient.date_of_birth!)!, registered: legacyDateValue(patient.registered_date!)! };
    };
    for (const row of data.patients.rows.filter((r) => clean('patients', r.pas_id!))) {
      const birth = legacyDateValue(row.date_of_birth!)!;
      expect(birth).toBeLessThanOrEqual(legacyDateValue(row.registered_date!)!);
      expect(legacyDateValue(row.registered_date!)!).toBeLessThanOrEqual(REFERENCE);
    }
    for (const row of data.admissions.rows.filter((r) => clean('admissions', r.admission_id!))) {
      const admit = legacyDateValue(row.admit_date!)!;
      const discharge = row.discharge_date === '' ? null : legacyDateValue(row.discharge_date!)!;
      if (discharge !== null) expect(discharge).toBeGreaterThanOrEqual(admit);
      expect(discharge ?? admit).toBeLessThanOrEqual(REFERENCE);
      const dates = patientDates(row.pas_id!);
      if (dates) expect(admit).toBeGreaterThanOrEqual(dates.registered);
      note(row.pas_id!, discharge ?? admit);
    }
    for (const row of data.outpatient_appointments.rows.filter((r) => clean('outpatient_appointments', r.appointment_id!))) {
      const day = legacyDateValue(row.appointment_date!)!;
      expect(day).toBeLessThanOrEqual(REFERENCE);
      const dates = patientDates(row.pas_id!);
      if (dates) expect(day).toBeGreaterThanOrEqual(dates.registered);
      note(row.pas_id!, day);
    }
    let deaths = 0;
    for (const row of data.patients.rows.filter((r) => clean('patients', r.pas_id!) && r.date_of_death !== '')) {
      deaths++;
      expect(legacyDateValue(row.date_of_death!)!).toBeGreaterThanOrEqual(lastActivity.get(row.pas_id!) ?? 0);
      expect(legacyDateValue(row.date_of_death!)!).toBeLessThanOrEqual(REFERENCE);
    }
    expect(deaths).toBeGreaterThan(0);
  });

  it('refer to rows that exist, and diagnoses agree with their admission', () => {
    for (const row of data.admissions.rows.filter((r) => clean('admissions', r.admission_id!))) {
      expect(data.patients.byKey.has(row.pas_id!)).toBe(true);
    }
    for (const row of data.outpatient_appointments.rows) expect(data.patients.byKey.has(row.pas_id!)).toBe(true);
    const sequences = new Map<string, number[]>();
    for (const row of data.diagnoses.rows.filter((r) => clean('diagnoses', r.diagnosis_id!))) {
      const admission = data.admissions.byKey.get(row.admission_id!)!;
      expect(admission.pas_id).toBe(row.pas_id);
      expect(byKey.get(`admissions/${row.admission_id}`)?.kind).not.toBe('orphan_admission');
      sequences.set(row.admission_id!, [...(sequences.get(row.admission_id!) ?? []), Number(row.diagnosis_seq)]);
      const patient = data.patients.byKey.get(row.pas_id!)!;
      if (row.icd10_code!.startsWith('O')) {
        expect(admission.admission_method === 'MA' || byKey.has(`admissions/${row.admission_id}`)).toBe(true);
        if (clean('patients', row.pas_id!)) expect(patient.sex).toBe('F');
      }
    }
    // Sequences run 1, 2, … per admission, at most 4 (a damaged sibling can leave a gap).
    for (const seqs of sequences.values()) {
      expect(Math.max(...seqs)).toBeLessThanOrEqual(4);
      expect(new Set(seqs).size).toBe(seqs.length);
    }
  });
});
