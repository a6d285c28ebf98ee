import { describe, expect, it } from 'vitest';
import {
  admissionResource, appointmentResource, diagnosisResource, patientResource,
} from '../../../../../main/engine/synth/fhir-resources';
import type { AdmissionRow, AppointmentRow, PatientRow } from '../../../../../main/engine/synth/tables';

const PATIENT: PatientRow = {
  pas_id: 'P0000001', nhs_number: '9434765919', title: 'Mrs', forename: 'Ann', surname: 'Smith', sex: 'F',
  date_of_birth: '05/09/1960', date_of_death: '01/02/2024', address_line1: 'Flat 2, 12 Oak Road', town: 'Leeds', postcode: 'LS6 1AB',
  phone: '0113 496 0123', ethnic_code: 'WB', marital_code: 'M', gp_practice: 'B86001', registered_date: '03/04/2001',
};
const ADMISSION: AdmissionRow = {
  admission_id: 'A00000001', pas_id: 'P0000001', admit_date: '02/07/2024', admit_time: '10:15', discharge_date: '05/07/2024',
  admission_method: 'EL', specialty: '100', ward: 'W12', consultant_code: 'C1234567',
};
const APPOINTMENT: AppointmentRow = {
  appointment_id: 'O00000001', pas_id: 'P0000001', clinic_code: 'GSUR1', appointment_date: '02/12/2024', appointment_time: '09:00',
  attendance_status: 'ATT', specialty: '100',
};

describe('FHIR resources', () => {
  it('writes a Patient with the NHS number system, a PAS identifier, name, gender, birth, death and postcode', () => {
    expect(patientResource(PATIENT)).toMatchObject({
      resourceType: 'Patient',
      id: 'P0000001',
      identifier: [
        { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' },
        { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'P0000001', period: { start: '2001-04-03' } },
      ],
      name: [{ family: 'Smith', given: ['Ann'], prefix: ['Mrs'] }],
      telecom: [{ system: 'phone', value: '0113 496 0123', use: 'home' }],
      gender: 'female',
      birthDate: '1960-09-05',
      deceasedDateTime: '2024-02-01',
      address: [{ line: ['Flat 2, 12 Oak Road'], city: 'Leeds', postalCode: 'LS6 1AB' }],
      generalPractitioner: [{ identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'B86001' } }],
    });
  });

  it('leaves blank values out rather than writing empty strings, and keeps defects visible', () => {
    const damaged = patientResource({ ...PATIENT, nhs_number: '', surname: '', date_of_birth: '', date_of_death: '', phone: '', title: '', sex: 'X' });
    const text = JSON.stringify(damaged);
    const written = JSON.parse(text) as Record<string, unknown>;
    expect(text.includes('""')).toBe(false);
    expect(written['identifier']).toHaveLength(1);
    expect(written).not.toHaveProperty('birthDate');
    expect(written).not.toHaveProperty('deceasedDateTime');
    expect(written).not.toHaveProperty('telecom');
    expect(written['name']).toEqual([{ use: 'official', given: ['Ann'] }]);
    expect(written['gender']).toBe('X');
    expect(patientResource({ ...PATIENT, sex: 'I' })['gender']).toBe('other');
    expect(patientResource({ ...PATIENT, sex: 'U' })['gender']).toBe('unknown');
    expect(patientResource({ ...PATIENT, date_of_birth: '31/04/1960' })['birthDate']).toBe('1960-04-31');
  });

  it('writes admissions as IMP encounters and appointments as AMB, with period and subject', () => {
    expect(admissionResource(ADMISSION)).toMatchObject({
      resourceType: 'Encounter', id: 'A00000001', status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
      subject: { reference: 'Patient/P0000001' },
      period: { start: '2024-07-02T10:15:00+01:00', end: '2024-07-05' },
    });
    const open = admissionResource({ ...ADMISSION, discharge_date: '' });
    expect(open['status']).toBe('in-progress');
    expect(open['period']).toEqual({ start: '2024-07-02T10:15:00+01:00' });
    expect(appointmentResource(APPOINTMENT)).toMatchObject({
      class: { code: 'AMB' }, status: 'finished', subject: { reference: 'Patient/P0000001' }, period: { start: '2024-12-02T09:00:00+00:00' },
    });
    expect(appointmentResource({ ...APPOINTMENT, attendance_status: 'DNA' })['status']).toBe('cancelled');
    expect(appointmentResource({ ...APPOINTMENT, attendance_status: 'UNK' })).toMatchObject({ status: 'unknown', extension: [{ valueCode: 'UNK' }] });
  });

  it('writes diagnoses as Conditions coded in ICD-10 with subject and encounter references', () => {
    expect(diagnosisResource({ diagnosis_id: 'D00000001', admission_id: 'A00000001', pas_id: 'P0000001', icd10_code: 'K35.8', diagnosis_seq: '2', recorded_date: '05/07/2024' })).toMatchObject({
      resourceType: 'Condition',
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'K35.8' }] },
      subject: { reference: 'Patient/P0000001' },
      encounter: { reference: 'Encounter/A00000001' },
      recordedDate: '2024-07-05',
      extension: [{ valuePositiveInt: 2 }],
    });
  });
});
