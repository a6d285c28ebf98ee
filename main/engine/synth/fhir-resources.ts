import { fhirDateTimeText, isoDateText } from './date-text';
import type { AdmissionRow, AppointmentRow, DiagnosisRow, PatientRow } from './tables';

/**
 * The PAS rows as FHIR R4 resources: Patient, Encounter (class IMP for an admission, AMB
 * for an outpatient appointment) and Condition. Each is translated from the row as
 * written, defects and all: a blank value leaves its element out (FHIR has no empty
 * strings), an impossible date keeps its impossible parts, and a sex code with no FHIR
 * gender is written as it is, so `gender` holds a value outside the code set. PAS codes
 * without a FHIR home (ethnic category, admission method, attendance status) sit in
 * extensions as `valueCode`, and local code systems and identifiers live under
 * {@link PAS_BASE}, a reserved example domain: nothing here points at a real hospital.
 */

/** The base URL of the synthetic hospital's local systems and extensions. */
export const PAS_BASE = 'https://pas.example.org/fhir';

/** Identifier and code systems. */
export const FHIR_SYSTEMS = {
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  odsOrganisation: 'https://fhir.nhs.uk/Id/ods-organization-code',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  pasNumber: `${PAS_BASE}/Id/pas-number`,
  admission: `${PAS_BASE}/Id/admission`,
  appointment: `${PAS_BASE}/Id/appointment`,
  diagnosis: `${PAS_BASE}/Id/diagnosis`,
  consultant: `${PAS_BASE}/Id/consultant`,
  ward: `${PAS_BASE}/Id/ward`,
  clinic: `${PAS_BASE}/Id/clinic`,
  maritalStatus: `${PAS_BASE}/CodeSystem/marital-status`,
  specialty: `${PAS_BASE}/CodeSystem/specialty`,
} as const;

/** Extensions for PAS values that have no element of their own. */
export const FHIR_EXTENSIONS = {
  ethnicCategory: `${PAS_BASE}/StructureDefinition/ethnic-category`,
  admissionMethod: `${PAS_BASE}/StructureDefinition/admission-method`,
  attendanceStatus: `${PAS_BASE}/StructureDefinition/attendance-status`,
  diagnosisSequence: `${PAS_BASE}/StructureDefinition/diagnosis-sequence`,
} as const;

/** PAS sex codes as FHIR administrative genders; any other code is written unchanged. */
export const FHIR_GENDERS: Readonly<Record<string, string>> = { M: 'male', F: 'female', U: 'unknown', I: 'other' };

/** Attendance codes as Encounter.status: seen, or ended before it began; anything else is `unknown`. */
const APPOINTMENT_STATUS: Readonly<Record<string, string>> = {
  ATT: 'finished', DNA: 'cancelled', CAN: 'cancelled', HCN: 'cancelled', WLK: 'cancelled',
};

const INPATIENT = { system: FHIR_SYSTEMS.actCode, code: 'IMP', display: 'inpatient encounter' };
const AMBULATORY = { system: FHIR_SYSTEMS.actCode, code: 'AMB', display: 'ambulatory' };
const MEDICAL_RECORD = { coding: [{ system: FHIR_SYSTEMS.identifierType, code: 'MR' }] };
const ATTENDER = [{ coding: [{ system: FHIR_SYSTEMS.participationType, code: 'ATND' }] }];
const ENCOUNTER_DIAGNOSIS = [{ coding: [{ system: FHIR_SYSTEMS.conditionCategory, code: 'encounter-diagnosis' }] }];

/** A FHIR resource ready for JSON: elements left `undefined` are dropped when written. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** A value, or nothing for a blank one. */
function present(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** A one-item list, or nothing for a blank value. */
function listOf(value: string): string[] | undefined {
  return value === '' ? undefined : [value];
}

function reference(type: 'Patient' | 'Encounter', id: string): { reference: string } {
  return { reference: `${type}/${id}` };
}

function codeExtension(url: string, code: string): { url: string; valueCode: string }[] {
  return [{ url, valueCode: code }];
}

/** A patient row as a Patient; the PAS number's period starts on the registration date. */
export function patientResource(row: PatientRow): FhirResource {
  const identifiers: Record<string, unknown>[] = [];
  if (row.nhs_number !== '') identifiers.push({ system: FHIR_SYSTEMS.nhsNumber, value: row.nhs_number });
  identifiers.push({
    use: 'usual', type: MEDICAL_RECORD, system: FHIR_SYSTEMS.pasNumber, value: row.pas_id,
    period: row.registered_date === '' ? undefined : { start: isoDateText(row.registered_date) },
  });
  return {
    resourceType: 'Patient',
    id: row.pas_id,
    extension: codeExtension(FHIR_EXTENSIONS.ethnicCategory, row.ethnic_code),
    identifier: identifiers,
    name: [{ use: 'official', family: present(row.surname), given: listOf(row.forename), prefix: listOf(row.title) }],
    telecom: row.phone === '' ? undefined : [{ system: 'phone', value: row.phone, use: row.phone.startsWith('07') ? 'mobile' : 'home' }],
    gender: present(FHIR_GENDERS[row.sex] ?? row.sex),
    birthDate: present(isoDateText(row.date_of_birth)),
    deceasedDateTime: present(isoDateText(row.date_of_death)),
    address: [{ use: 'home', line: listOf(row.address_line1), city: present(row.town), postalCode: present(row.postcode) }],
    maritalStatus: { coding: [{ system: FHIR_SYSTEMS.maritalStatus, code: row.marital_code }] },
    generalPractitioner: [{ type: 'Organization', identifier: { system: FHIR_SYSTEMS.odsOrganisation, value: row.gp_practice } }],
  };
}

/** An admission row as an inpatient Encounter, `in-progress` while the spell is open. */
export function admissionResource(row: AdmissionRow): FhirResource {
  return {
    resourceType: 'Encounter',
    id: row.admission_id,
    extension: codeExtension(FHIR_EXTENSIONS.admissionMethod, row.admission_method),
    identifier: [{ system: FHIR_SYSTEMS.admission, value: row.admission_id }],
    status: row.discharge_date === '' ? 'in-progress' : 'finished',
    class: INPATIENT,
    serviceType: { coding: [{ system: FHIR_SYSTEMS.specialty, code: row.specialty }] },
    subject: reference('Patient', row.pas_id),
    participant: [{ type: ATTENDER, individual: { identifier: { system: FHIR_SYSTEMS.consultant, value: row.consultant_code } } }],
    period: { start: fhirDateTimeText(row.admit_date, row.admit_time), end: present(isoDateText(row.discharge_date)) },
    location: [{ location: { identifier: { system: FHIR_SYSTEMS.ward, value: row.ward } } }],
  };
}

/** An outpatient appointment row as an ambulatory Encounter. */
export function appointmentResource(row: AppointmentRow): FhirResource {
  return {
    resourceType: 'Encounter',
    id: row.appointment_id,
    extension: codeExtension(FHIR_EXTENSIONS.attendanceStatus, row.attendance_status),
    identifier: [{ system: FHIR_SYSTEMS.appointment, value: row.appointment_id }],
    status: APPOINTMENT_STATUS[row.attendance_status] ?? 'unknown',
    class: AMBULATORY,
    serviceType: { coding: [{ system: FHIR_SYSTEMS.specialty, code: row.specialty }] },
    subject: reference('Patient', row.pas_id),
    period: { start: fhirDateTimeText(row.appointment_date, row.appointment_time) },
    location: [{ location: { identifier: { system: FHIR_SYSTEMS.clinic, value: row.clinic_code } } }],
  };
}

/** A diagnosis row as an encounter-diagnosis Condition, its place in the spell's coding as an extension. */
export function diagnosisResource(row: DiagnosisRow): FhirResource {
  return {
    resourceType: 'Condition',
    id: row.diagnosis_id,
    extension: [{ url: FHIR_EXTENSIONS.diagnosisSequence, valuePositiveInt: Number(row.diagnosis_seq) }],
    identifier: [{ system: FHIR_SYSTEMS.diagnosis, value: row.diagnosis_id }],
    category: ENCOUNTER_DIAGNOSIS,
    code: { coding: [{ system: FHIR_SYSTEMS.icd10, code: row.icd10_code }] },
    subject: reference('Patient', row.pas_id),
    encounter: reference('Encounter', row.admission_id),
    recordedDate: present(isoDateText(row.recorded_date)),
  };
}
