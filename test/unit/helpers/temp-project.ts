import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const made: string[] = [];

/** A fresh temporary folder, removed by {@link cleanTempDirs}. */
export function tempDir(prefix = 'cutover-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made. */
export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const HEADERS = {
  patients:
    'pas_id,nhs_number,title,forename,surname,sex,date_of_birth,date_of_death,address_line1,town,postcode,phone,ethnic_code,marital_code,gp_practice,registered_date',
  admissions: 'admission_id,pas_id,admit_date,admit_time,discharge_date,admission_method,specialty,ward,consultant_code',
  outpatient_appointments: 'appointment_id,pas_id,clinic_code,appointment_date,appointment_time,attendance_status,specialty',
  diagnoses: 'diagnosis_id,admission_id,pas_id,icd10_code,diagnosis_seq,recorded_date',
};

/** A patient row of the demo's PAS layout, with overridable fields. */
export function patientRow(id: string, overrides: Partial<Record<string, string>> = {}): string {
  const row: Record<string, string> = {
    pas_id: id, nhs_number: '9434765919', title: 'Mr', forename: 'Alan', surname: 'Smith', sex: 'M',
    date_of_birth: '03/04/1960', date_of_death: '', address_line1: '1 Oak Road', town: 'Leeds', postcode: 'ls1 4ap',
    phone: '0113 496 0000', ethnic_code: 'WB', marital_code: 'M', gp_practice: 'B86001', registered_date: '01/01/1990',
    ...overrides,
  };
  return HEADERS.patients.split(',').map((c) => row[c] ?? '').join(',');
}

/**
 * Makes a demo-template project whose source tables hold exactly the given data rows
 * (header added), so a test knows every count it should see.
 */
export function demoProjectWith(rows: { patients?: string[]; admissions?: string[]; outpatient_appointments?: string[]; diagnoses?: string[] }): string {
  const dir = tempDir('cutover-project-');
  cpSync(fileURLToPath(new URL('../../../assets/templates/demo', import.meta.url)), dir, { recursive: true });
  for (const table of Object.keys(HEADERS) as (keyof typeof HEADERS)[]) writeSource(dir, table, rows[table] ?? []);
  return dir;
}

/** Replaces one source table of a demo-layout project with the given data rows. */
export function writeSource(dir: string, table: keyof typeof HEADERS, rows: string[]): void {
  mkdirSync(join(dir, 'source'), { recursive: true });
  writeFileSync(join(dir, 'source', `${table}.csv`), [HEADERS[table], ...rows].join('\n') + '\n');
}
