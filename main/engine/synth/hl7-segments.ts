import { hl7DateText, hl7DateTimeText } from './date-text';
import type { AdmissionRow, AppointmentRow, DiagnosisRow, PatientRow } from './tables';

/**
 * HL7 v2.5 segments (ER7) built from the PAS rows, defects and all: a blank value leaves
 * its field empty and an impossible date keeps its impossible parts. Administrative sex
 * is mapped to HL7 table 0001 (I, indeterminate, is A, ambiguous); a code outside the
 * PAS set is written unchanged. The other coded fields use HL7's user-defined tables,
 * so they carry the PAS's own codes, as PAS feeds do.
 */

/** The standard encoding characters: component, repetition, escape, subcomponent. */
export const ENCODING_CHARACTERS = '^~\\&';

const NEEDS_ESCAPE = /[\\|^&~\r\n]/;
const NEEDS_ESCAPE_ALL = /[\\|^&~\r\n]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\E\\', '|': '\\F\\', '^': '\\S\\', '&': '\\T\\', '~': '\\R\\', '\r': '\\X0D\\', '\n': '\\X0A\\',
};

/**
 * Escapes a value so no character in it reads as a delimiter: `| ^ & ~ \` become
 * `\F\ \S\ \T\ \R\ \E\`, and line breaks become hex escapes, since CR ends a segment.
 */
export function escapeHl7(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(NEEDS_ESCAPE_ALL, (character) => ESCAPES[character]!) : value;
}

/** Escaped values joined as the components of one field, trailing empty ones dropped. */
export function components(...values: string[]): string {
  return values.map(escapeHl7).join('^').replace(/\^+$/, '');
}

/** Fields joined by `|` from field `first` on, the empty ones between kept and none after the last. */
function joinFields(fields: Readonly<Record<number, string>>, first = 1): string {
  let text = '';
  let previous = first;
  // Integer keys are listed in ascending order, so each value is preceded by the separators of the fields it skips.
  for (const [key, value] of Object.entries(fields)) {
    if (value === '') continue;
    const number = Number(key);
    text += '|'.repeat(number - previous) + value;
    previous = number;
  }
  return text;
}

/** One segment from its fields by number; field values must already be escaped. */
export function segment(name: string, fields: Readonly<Record<number, string>>): string {
  const text = joinFields(fields);
  return text === '' ? name : `${name}|${text}`;
}

/**
 * The message header. MSH-1 is the field separator itself and MSH-2 the encoding
 * characters, so the numbered fields start at MSH-3. `messageType` is already in ER7
 * (`ADT^A01^ADT_A01`). Processing ID T (training) marks the feed as not for live use.
 */
export function mshSegment(messageType: string, controlId: string, sentAt: string): string {
  const fields = {
    3: components('CUTOVER'), 4: components('SYNTHETIC-PAS'), 7: sentAt, 9: messageType, 10: components(controlId),
    11: 'T', 12: '2.5', 18: 'UNICODE UTF-8',
  };
  return `MSH|${ENCODING_CHARACTERS}|${joinFields(fields, 3)}`;
}

/** EVN: the event, recorded when the feed was made; `occurred` only where nothing else holds the date. */
export function evnSegment(event: string, recordedAt: string, occurred = ''): string {
  return segment('EVN', { 1: event, 2: recordedAt, 6: occurred });
}

/** PAS sex codes as HL7 table 0001 values. */
export const HL7_SEXES: Readonly<Record<string, string>> = { M: 'M', F: 'F', U: 'U', I: 'A' };

/** A PAS number as a PID-3 repetition. */
function pasIdentifier(pasId: string): string {
  return components(pasId, '', '', 'PAS', 'MR');
}

/**
 * The registration's PID: the PAS number, then the NHS number (assigning authority NHS,
 * type NH) unless it is blank; name (family^given^^^prefix), birth date, sex, address,
 * phone, marital status, ethnic group, and date of death with the death indicator.
 */
export function registrationPid(row: PatientRow): string {
  const identifiers = [pasIdentifier(row.pas_id)];
  if (row.nhs_number !== '') identifiers.push(components(row.nhs_number, '', '', 'NHS', 'NH'));
  const mobile = row.phone.startsWith('07');
  return segment('PID', {
    1: '1',
    3: identifiers.join('~'),
    5: components(row.surname, row.forename, '', '', row.title),
    7: hl7DateText(row.date_of_birth),
    8: components(HL7_SEXES[row.sex] ?? row.sex),
    11: components(row.address_line1, '', row.town, '', row.postcode),
    13: row.phone === '' ? '' : components(row.phone, 'PRN', mobile ? 'CP' : 'PH'),
    16: components(row.marital_code),
    22: components(row.ethnic_code),
    29: hl7DateText(row.date_of_death),
    30: row.date_of_death === '' ? '' : 'Y',
  });
}

/** The registration's PD1: the GP practice's ODS code as the organisation identifier (XON-10). */
export function registrationPd1(row: PatientRow): string {
  return segment('PD1', { 3: components('', '', '', '', '', '', '', '', '', row.gp_practice) });
}

/**
 * The PID of every other message: the PAS number alone. The registration holds the
 * patient's details once, so a damaged detail shows in one place, as the manifest says.
 */
export function activityPid(pasId: string): string {
  return segment('PID', { 1: '1', 3: pasIdentifier(pasId) });
}

/** The admission's PV1: ward, admission method, consultant, specialty, spell number, admitted at. */
export function admitPv1(row: AdmissionRow): string {
  return segment('PV1', {
    1: '1',
    2: 'I',
    3: components(row.ward),
    4: components(row.admission_method),
    7: components(row.consultant_code),
    10: components(row.specialty),
    19: components(row.admission_id),
    44: hl7DateTimeText(row.admit_date, row.admit_time),
  });
}

/** The discharge's PV1: the spell number and the discharge date. */
export function dischargePv1(row: AdmissionRow): string {
  return segment('PV1', { 1: '1', 2: 'I', 19: components(row.admission_id), 45: hl7DateText(row.discharge_date) });
}

/** A PV1 naming only an inpatient spell, for a diagnosis sent about it. */
export function spellPv1(admissionId: string): string {
  return segment('PV1', { 1: '1', 2: 'I', 19: components(admissionId) });
}

/**
 * One diagnosis: ICD-10 (coding system I10), the date coded, type W (working) or F
 * (final), its place in the spell's coding as the priority, and its own id (DG1-20).
 */
export function dg1Segment(setId: number, row: DiagnosisRow, type: 'W' | 'F'): string {
  return segment('DG1', {
    1: String(setId),
    3: components(row.icd10_code, '', 'I10'),
    5: hl7DateText(row.recorded_date),
    6: type,
    15: components(row.diagnosis_seq),
    20: components(row.diagnosis_id),
  });
}

/** The appointment's SCH: its id, start (SCH-11 component 4) and attendance code as the filler status. */
export function schSegment(row: AppointmentRow): string {
  return segment('SCH', {
    1: components(row.appointment_id),
    11: components('', '', '', hl7DateTimeText(row.appointment_date, row.appointment_time)),
    25: components(row.attendance_status),
  });
}

/** The appointment's PV1: an outpatient at a clinic of a specialty. */
export function outpatientPv1(row: AppointmentRow): string {
  return segment('PV1', { 1: '1', 2: 'O', 3: components(row.clinic_code), 10: components(row.specialty) });
}
