import { describe, expect, it } from 'vitest';
import { readDelimiters, type Delimiters } from '../../../../../main/engine/connectors/hl7v2/delimiters';
import { decodeEscapes } from '../../../../../main/engine/connectors/hl7v2/escapes';
import { segmentValues } from '../../../../../main/engine/connectors/hl7v2/segment-columns';
import { components, escapeHl7, mshSegment, registrationPid, segment } from '../../../../../main/engine/synth/hl7-segments';
import type { PatientRow } from '../../../../../main/engine/synth/tables';

const DELIMITERS = readDelimiters(mshSegment('ADT^A04^ADT_A01', 'MSG000000001', '20250630')) as Delimiters;
const utf8 = (bytes: Buffer): string => bytes.toString('utf8');

const PATIENT: PatientRow = {
  pas_id: 'P0000001', nhs_number: '9434765919', title: 'Mr', forename: 'Ann', surname: 'Smith', sex: 'I',
  date_of_birth: '05/09/1960', date_of_death: '', address_line1: 'Flat 2, 12 Oak Road', town: 'Leeds', postcode: 'LS6 1AB',
  phone: '', ethnic_code: 'WB', marital_code: 'M', gp_practice: 'B86001', registered_date: '31/04/2001',
};

describe('HL7 v2 segments', () => {
  it('escapes every delimiter so the connector decodes the value back', () => {
    expect(escapeHl7('A|B^C&D~E\\F')).toBe('A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\F');
    for (const value of ['plain', 'a|b', 'x^y&z', '~\\~', 'two\r\nlines', 'Zoë Ã©']) {
      expect(decodeEscapes(escapeHl7(value), DELIMITERS, utf8)).toBe(value);
    }
  });

  it('declares the standard delimiters in MSH and numbers its fields from MSH-1', () => {
    const msh = mshSegment('ADT^A04^ADT_A01', 'MSG000000001', '20250630');
    expect(msh.startsWith('MSH|^~\\&|')).toBe(true);
    const { values } = segmentValues('MSH', msh, DELIMITERS, utf8);
    expect(values).toMatchObject({ MSH_1_1: '|', MSH_2_1: '^~\\&', MSH_7_1: '20250630', MSH_9_1: 'ADT', MSH_9_2: 'A04', MSH_10_1: 'MSG000000001', MSH_11_1: 'T', MSH_12_1: '2.5' });
  });

  it('keeps empty fields between values and none after the last, and drops trailing empty components', () => {
    expect(segment('PV1', { 1: '1', 2: 'N' })).toBe('PV1|1|N');
    expect(segment('X01', { 2: 'b', 5: '' })).toBe('X01||b');
    expect(components('a', '', '')).toBe('a');
    expect(components('', 'b')).toBe('^b');
  });

  it('writes a registration PID whose delimiters in values stay data', () => {
    const row = { ...PATIENT, surname: "O'Neil|Smith^Jr & Co~x\\y" };
    const { values } = segmentValues('PID', registrationPid(row), DELIMITERS, utf8);
    expect(values).toMatchObject({
      PID_3_1: 'P0000001', PID_3_4: 'PAS', PID_3_5: 'MR', PID_3_1_r2: '9434765919', PID_3_4_r2: 'NHS', PID_3_5_r2: 'NH',
      PID_5_1: row.surname, PID_5_2: 'Ann', PID_5_5: 'Mr', PID_7_1: '19600905', PID_8_1: 'A',
      PID_11_1: 'Flat 2, 12 Oak Road', PID_11_3: 'Leeds', PID_11_5: 'LS6 1AB', PID_16_1: 'M', PID_22_1: 'WB',
    });
    expect(values['PID_13_1']).toBeUndefined();
    expect(values['PID_30_1']).toBeUndefined();
  });

  it('leaves a blank NHS number out of PID-3 and writes an unmapped sex code as it is', () => {
    const { values } = segmentValues('PID', registrationPid({ ...PATIENT, nhs_number: '', sex: 'X', date_of_death: '01/02/2024' }), DELIMITERS, utf8);
    expect(values['PID_3_1']).toBe('P0000001');
    expect(values['PID_3_1_r2']).toBeUndefined();
    expect(values).toMatchObject({ PID_8_1: 'X', PID_29_1: '20240201', PID_30_1: 'Y' });
  });
});
