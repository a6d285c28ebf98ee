import { civilDate, daysInMonth, formatDateParts, formatLegacyDate, isLeapYear } from './calendar';
import { mojibake } from './name-damage';
import { drawAccentedForename, drawAccentedSurname } from './names';
import type { Person } from './person';
import { Prng } from './prng';
import type { AdmissionRow, AppointmentRow, DiagnosisRow, PatientRow, TableName } from './tables';

/**
 * The defects the generator injects: which kinds exist and how each damages one field
 * (which records can get which kind is decided in defect-choice.ts). The manifest of what
 * was injected is the ground truth that quality checks are later scored against, so every
 * kind damages exactly one named field.
 */

/** Every defect kind, in the order they are counted and reported. */
export const DEFECT_KINDS = [
  'missing_nhs_number', 'invalid_nhs_number', 'missing_surname', 'missing_date_of_birth', 'invalid_date',
  'future_birth_date', 'unmapped_sex_code', 'unmapped_ethnic_code', 'unmapped_admission_method',
  'unmapped_attendance_status', 'discharge_before_admission', 'orphan_admission', 'orphan_diagnosis',
  'duplicate_patient', 'encoding_damage',
] as const;

/** One kind of injected defect. */
export type DefectKind = (typeof DEFECT_KINDS)[number];

/**
 * Where a defect sits in the written files, in the format's own terms: `{ line }` for CSV
 * (the header is line 1); `{ file, line, element }` for FHIR NDJSON; `{ file, message,
 * segment, element }` for HL7 v2. Listed in the manifest between `key` and `field`.
 */
export type DefectLocator = Readonly<Record<string, string | number>>;

/** One injected defect, as listed in `defects.json`. */
export interface DefectRecord {
  table: TableName;
  /** The row's id (its first column). */
  key: string;
  locator: DefectLocator;
  /** The damaged column, named as in the CSV tables whatever the format. */
  field: string;
  kind: DefectKind;
  /** For `duplicate_patient`: the pas_id of the record this one duplicates. */
  duplicateOf?: string;
}

/** Codes that no crosswalk maps, one per coded column. */
export const UNMAPPED_CODES = { sex: 'X', ethnic: 'ZZ', admissionMethod: '99', attendance: 'UNK' } as const;

/**
 * A date that cannot exist, in the same year as a real one, as mis-keyed legacy dates
 * look: the 31st of a 30-day month, 29–31 February outside a leap year, day 00 or 32,
 * month 13.
 */
export function impossibleDate(rng: Prng, realDay: number): string {
  const { year, month } = civilDate(realDay);
  switch (rng.below(5)) {
    case 0:
      return formatDateParts(year, rng.pick([4, 6, 9, 11]), 31);
    case 1:
      return formatDateParts(year, 2, isLeapYear(year) ? rng.int(30, 31) : rng.int(29, 31));
    case 2:
      return formatDateParts(year, month, 0);
    case 3:
      return formatDateParts(year, month, 32);
    default:
      return formatDateParts(year, 13, rng.int(1, 28));
  }
}

/** Whether `dd/mm/yyyy` text names a real calendar date. */
export function isRealLegacyDate(value: string): boolean {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return false;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** An NHS number with a wrong check digit: the last digit changed to any other. */
export function breakNhsNumber(rng: Prng, valid: string): string {
  const last = valid.charCodeAt(9) - 48;
  return valid.slice(0, 9) + String((last + rng.int(1, 9)) % 10);
}

/** Damages one field of a patient row (any kind but `duplicate_patient`) and names it. */
export function damagePatient(rng: Prng, kind: DefectKind, row: PatientRow, person: Person, referenceDay: number): string {
  switch (kind) {
    case 'missing_nhs_number':
      row.nhs_number = '';
      return 'nhs_number';
    case 'invalid_nhs_number':
      row.nhs_number = breakNhsNumber(rng, person.nhsNumber);
      return 'nhs_number';
    case 'missing_surname':
      row.surname = '';
      return 'surname';
    case 'missing_date_of_birth':
      row.date_of_birth = '';
      return 'date_of_birth';
    case 'invalid_date':
      if (rng.chance(0.7)) {
        row.date_of_birth = impossibleDate(rng, person.birthDay);
        return 'date_of_birth';
      }
      row.registered_date = impossibleDate(rng, person.registeredDay);
      return 'registered_date';
    case 'future_birth_date':
      row.date_of_birth = formatLegacyDate(referenceDay + rng.int(30, 20 * 365));
      return 'date_of_birth';
    case 'unmapped_sex_code':
      row.sex = UNMAPPED_CODES.sex;
      return 'sex';
    case 'unmapped_ethnic_code':
      row.ethnic_code = UNMAPPED_CODES.ethnic;
      return 'ethnic_code';
    case 'encoding_damage':
      if (rng.chance(0.6)) {
        row.forename = mojibake(drawAccentedForename(rng, person.sex));
        return 'forename';
      }
      row.surname = mojibake(drawAccentedSurname(rng));
      return 'surname';
    default:
      throw new Error(`${kind} is not a patient field defect`);
  }
}

/** Damages one field of an admission row (not `orphan_admission`, which needs a fresh id) and names it. */
export function damageAdmission(rng: Prng, kind: DefectKind, row: AdmissionRow, admitDay: number, dischargeDay: number | null): string {
  switch (kind) {
    case 'unmapped_admission_method':
      row.admission_method = UNMAPPED_CODES.admissionMethod;
      return 'admission_method';
    case 'discharge_before_admission':
      row.discharge_date = formatLegacyDate(admitDay - rng.int(1, 30));
      return 'discharge_date';
    case 'invalid_date':
      if (dischargeDay !== null && rng.chance(0.4)) {
        row.discharge_date = impossibleDate(rng, dischargeDay);
        return 'discharge_date';
      }
      row.admit_date = impossibleDate(rng, admitDay);
      return 'admit_date';
    default:
      throw new Error(`${kind} is not an admission field defect`);
  }
}

/** Damages one field of an appointment row and names it. */
export function damageAppointment(rng: Prng, kind: DefectKind, row: AppointmentRow, day: number): string {
  if (kind === 'unmapped_attendance_status') {
    row.attendance_status = UNMAPPED_CODES.attendance;
    return 'attendance_status';
  }
  if (kind === 'invalid_date') {
    row.appointment_date = impossibleDate(rng, day);
    return 'appointment_date';
  }
  throw new Error(`${kind} is not an appointment defect`);
}

/** Damages the recorded date of a diagnosis row (orphans need a fresh id and are made by the caller). */
export function damageDiagnosisDate(rng: Prng, row: DiagnosisRow, recordedDay: number): string {
  row.recorded_date = impossibleDate(rng, recordedDay);
  return 'recorded_date';
}
