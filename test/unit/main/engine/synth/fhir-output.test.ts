import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, SourceRecord } from '../../../../../main/engine/connectors/connector';
import { fhirSource } from '../../../../../main/engine/connectors/fhir/fhir-source';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { defectFacts, generateTwice, isoOf, orMissing, readTable, type TwoFormats } from './formats-fixture';

/**
 * The FHIR output read back through the project's own FHIR connector: the same records
 * as the CSV output of the same seed, field for field, with the same defects located at
 * the resource that carries them.
 */

const GENDERS: Record<string, string> = { M: 'male', F: 'female', U: 'unknown', I: 'other' };
const FHIR_GENDERS = new Set(['male', 'female', 'other', 'unknown']);

let data: TwoFormats;
let patients: Map<string, Record<string, CellValue>>;
let encounters: SourceRecord[];
let conditions: Map<string, Record<string, CellValue>>;

/** The generated folder as one FHIR source (its defects.json is passed over), one resource type at a time. */
async function readResources(type: string): Promise<SourceRecord[]> {
  return readTable(fhirSource.open({ path: '.' }, { baseDir: data.dir }), type);
}

const byId = (rows: SourceRecord[]) => new Map(rows.map((row) => [String(row.values['id']), row.values]));

beforeAll(async () => {
  data = await generateTwice('fhir', 600, 31337, 0.2);
  patients = byId(await readResources('Patient'));
  encounters = await readResources('Encounter');
  conditions = byId(await readResources('Condition'));
});
afterAll(cleanTempDirs);

describe('FHIR output', () => {
  it('holds as many resources per table as the CSV output has rows, told apart by class', () => {
    const { csv } = data;
    expect(patients.size).toBe(csv.patients.rows.length);
    expect(encounters.filter((r) => r.values['class_code'] === 'IMP')).toHaveLength(csv.admissions.rows.length);
    expect(encounters.filter((r) => r.values['class_code'] === 'AMB')).toHaveLength(csv.outpatient_appointments.rows.length);
    expect(encounters).toHaveLength(csv.admissions.rows.length + csv.outpatient_appointments.rows.length);
    expect(conditions.size).toBe(csv.diagnoses.rows.length);
  });

  it('carries every patient field for field, defects and all', () => {
    let unmapped = 0;
    for (const row of data.csv.patients.rows) {
      const patient = patients.get(row.pas_id!)!;
      const pasIdentifier = row.nhs_number === '' ? 0 : 1;
      expect(patient).toMatchObject({ identifier_mr: row.pas_id, [`identifier_${pasIdentifier}_period_start`]: isoOf(row.registered_date!) });
      expect(patient['identifier_nhs']).toBe(orMissing(row.nhs_number!));
      expect(patient['name_0_family']).toBe(orMissing(row.surname!));
      expect(patient['name_0_given']).toBe(row.forename);
      expect(patient['name_0_prefix']).toBe(orMissing(row.title!));
      expect(patient['gender']).toBe(GENDERS[row.sex!] ?? row.sex);
      if (!FHIR_GENDERS.has(String(patient['gender']))) unmapped++;
      expect(patient['birthDate']).toBe(isoOf(row.date_of_birth!));
      expect(patient['deceasedDateTime']).toBe(isoOf(row.date_of_death!));
      expect(patient).toMatchObject({
        address_0_line: row.address_line1, address_0_city: row.town, address_0_postalCode: row.postcode,
        ext_ethnic_category: row.ethnic_code, maritalStatus_coding_0_code: row.marital_code,
        generalPractitioner_0_identifier_value: row.gp_practice,
      });
      expect(patient['telecom_0_value']).toBe(orMissing(row.phone!));
    }
    // The only genders outside FHIR's code set are the injected unmapped sex codes.
    expect(unmapped).toBe(data.manifest.defects.filter((d) => d.kind === 'unmapped_sex_code').length);
    expect(unmapped).toBeGreaterThan(0);
  });

  it('carries every admission, appointment and diagnosis field for field', () => {
    const byEncounter = byId(encounters);
    for (const row of data.csv.admissions.rows) {
      const encounter = byEncounter.get(row.admission_id!)!;
      expect(encounter).toMatchObject({
        subject_id: row.pas_id, ext_admission_method: row.admission_method, serviceType_coding_0_code: row.specialty,
        location_0_location_identifier_value: row.ward, participant_0_individual_identifier_value: row.consultant_code,
        status: row.discharge_date === '' ? 'in-progress' : 'finished',
      });
      expect(String(encounter['period_start'])).toMatch(new RegExp(`^${isoOf(row.admit_date!)}T${row.admit_time}:00[+]0[01]:00$`));
      expect(encounter['period_end']).toBe(isoOf(row.discharge_date!));
    }
    for (const row of data.csv.outpatient_appointments.rows) {
      const encounter = byEncounter.get(row.appointment_id!)!;
      expect(encounter).toMatchObject({
        subject_id: row.pas_id, ext_attendance_status: row.attendance_status, serviceType_coding_0_code: row.specialty,
        location_0_location_identifier_value: row.clinic_code,
      });
      expect(String(encounter['period_start'])).toMatch(new RegExp(`^${isoOf(row.appointment_date!)}T${row.appointment_time}:00[+]0[01]:00$`));
    }
    for (const row of data.csv.diagnoses.rows) {
      expect(conditions.get(row.diagnosis_id!)).toMatchObject({
        subject_id: row.pas_id, encounter_id: row.admission_id, code_coding_0_system: 'http://hl7.org/fhir/sid/icd-10',
        code_coding_0_code: row.icd10_code, recordedDate: isoOf(row.recorded_date!), ext_diagnosis_sequence: Number(row.diagnosis_seq),
      });
    }
  });

  it('follows a sample person from Patient to Encounter to Condition as the CSV does', () => {
    const diagnosis = data.csv.diagnoses.rows.find((row) => data.csv.admissions.byKey.has(row.admission_id!))!;
    const admission = data.csv.admissions.byKey.get(diagnosis.admission_id!)!;
    const person = data.csv.patients.byKey.get(admission.pas_id!)!;
    const condition = conditions.get(diagnosis.diagnosis_id!)!;
    const encounter = byId(encounters).get(String(condition['encounter_id']))!;
    const patient = patients.get(String(encounter['subject_id']))!;
    expect(encounter['id']).toBe(admission.admission_id);
    expect(patient['identifier_mr']).toBe(person.pas_id);
    expect(patient['name_0_family']).toBe(orMissing(person.surname!));
    expect(patient['address_0_postalCode']).toBe(person.postcode);
  });

  it('lists the same defects as the CSV, each at the file, line and element that carry it', () => {
    expect(data.manifest.format).toBe('fhir');
    expect(defectFacts(data.manifest.defects)).toEqual(defectFacts(data.csv.manifest.defects));
    expect(new Set(data.manifest.defects.map((d) => d.kind)).size).toBe(15);
    const lines = new Map(['Patient.ndjson', 'Encounter.ndjson', 'Condition.ndjson'].map((file) => [file, readFileSync(join(data.dir, file), 'utf8').split('\n')]));
    for (const d of data.manifest.defects) {
      expect(Object.keys(d)).toEqual(['table', 'key', 'file', 'line', 'element', ...(d.duplicateOf ? ['field', 'kind', 'duplicateOf'] : ['field', 'kind'])]);
      const resource = JSON.parse(lines.get(String(d.file))![d.line - 1]!) as { resourceType: string; id: string };
      expect(resource.id, `${d.table}/${d.key}`).toBe(d.key);
      expect(String(d.element).startsWith(`${resource.resourceType}.`)).toBe(true);
    }
  });
});
