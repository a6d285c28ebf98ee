/**
 * The four tables of the synthetic PAS export: file names and column order. Rows are
 * plain records of strings keyed by column, written in this order.
 */

/** Columns of `patients.csv`. */
export const PATIENT_COLUMNS = [
  'pas_id', 'nhs_number', 'title', 'forename', 'surname', 'sex', 'date_of_birth', 'date_of_death',
  'address_line1', 'town', 'postcode', 'phone', 'ethnic_code', 'marital_code', 'gp_practice', 'registered_date',
] as const;

/** Columns of `admissions.csv`. */
export const ADMISSION_COLUMNS = [
  'admission_id', 'pas_id', 'admit_date', 'admit_time', 'discharge_date', 'admission_method', 'specialty', 'ward',
  'consultant_code',
] as const;

/** Columns of `outpatient_appointments.csv`. */
export const APPOINTMENT_COLUMNS = [
  'appointment_id', 'pas_id', 'clinic_code', 'appointment_date', 'appointment_time', 'attendance_status', 'specialty',
] as const;

/** Columns of `diagnoses.csv`. */
export const DIAGNOSIS_COLUMNS = ['diagnosis_id', 'admission_id', 'pas_id', 'icd10_code', 'diagnosis_seq', 'recorded_date'] as const;

/** A patient row. */
export type PatientRow = Record<(typeof PATIENT_COLUMNS)[number], string>;
/** An admission row. */
export type AdmissionRow = Record<(typeof ADMISSION_COLUMNS)[number], string>;
/** An outpatient appointment row. */
export type AppointmentRow = Record<(typeof APPOINTMENT_COLUMNS)[number], string>;
/** A diagnosis row. */
export type DiagnosisRow = Record<(typeof DIAGNOSIS_COLUMNS)[number], string>;

/** Table names, in the order files are listed and defects are reported. */
export type TableName = 'patients' | 'admissions' | 'outpatient_appointments' | 'diagnoses';

/** Every table with its file and columns, in reporting order. */
export const TABLES: readonly { name: TableName; file: string; columns: readonly string[] }[] = [
  { name: 'patients', file: 'patients.csv', columns: PATIENT_COLUMNS },
  { name: 'admissions', file: 'admissions.csv', columns: ADMISSION_COLUMNS },
  { name: 'outpatient_appointments', file: 'outpatient_appointments.csv', columns: APPOINTMENT_COLUMNS },
  { name: 'diagnoses', file: 'diagnoses.csv', columns: DIAGNOSIS_COLUMNS },
];

/** Formats a sequence number as an id: a letter and a fixed number of digits. */
export function formatId(prefix: string, digits: number, value: number): string {
  const text = String(value);
  if (text.length > digits) throw new RangeError(`${prefix} ids have only ${digits} digits; ${value} does not fit`);
  return prefix + text.padStart(digits, '0');
}
