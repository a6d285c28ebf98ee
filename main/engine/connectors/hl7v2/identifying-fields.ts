import type { IdentifierFlag } from '../../profile/identifier-flags';

const ID: IdentifierFlag = 'local_identifier';
const NAME: IdentifierFlag = 'person_name';
const DOB: IdentifierFlag = 'birth_date';
const ADDRESS: IdentifierFlag = 'address';
const PHONE: IdentifierFlag = 'phone';

/**
 * The fields of the HL7 v2 segments that carry a person's identity (v2.3 to v2.8 agree on
 * these positions): the patient's, their next of kin's, a guarantor's and an insured
 * person's names, identifiers, dates of birth, addresses and phone numbers, and the
 * prior identifiers of a merge. Column names alone (`PID_5_1`) cannot tell a name from
 * a code, so the connector says which are which.
 */
const IDENTIFYING: Record<string, Record<number, IdentifierFlag>> = {
  PID: { 2: ID, 3: ID, 4: ID, 5: NAME, 6: NAME, 7: DOB, 9: NAME, 11: ADDRESS, 12: ADDRESS, 13: PHONE, 14: PHONE, 18: ID, 19: ID, 20: ID, 21: ID, 23: ADDRESS },
  PD1: { 4: NAME },
  NK1: { 2: NAME, 4: ADDRESS, 5: PHONE, 6: PHONE, 16: DOB, 30: NAME, 31: PHONE, 32: ADDRESS, 33: ID, 37: ID, 40: PHONE, 41: PHONE },
  MRG: { 1: ID, 2: ID, 3: ID, 4: ID, 5: ID, 6: ID, 7: NAME },
  PV1: { 19: ID, 50: ID },
  GT1: { 2: ID, 3: NAME, 4: NAME, 5: ADDRESS, 6: PHONE, 7: PHONE, 8: DOB, 12: ID, 19: ID },
  IN1: { 16: NAME, 18: DOB, 19: ADDRESS, 36: ID, 49: ID },
  IN2: { 1: ID, 2: ID, 8: ID },
};

/** Component 5 of an address (XAD) is its postal code. */
const ADDRESS_POSTCODE_COMPONENT = 5;

const COLUMN = /^([A-Z][A-Z0-9]{2})_(\d+)(?:_(\d+))?/;

/**
 * Whether a segment-table column (`PID_5_1`, `PID_11_5`, `NK1_2_1_r2`) holds an
 * identifying field, and which kind; null for every other column.
 */
export function hl7IdentifyingField(_table: string, column: string): IdentifierFlag | null {
  const match = COLUMN.exec(column);
  if (!match) return null;
  const flag = IDENTIFYING[match[1]!]?.[Number(match[2])] ?? null;
  if (flag === ADDRESS && Number(match[3]) === ADDRESS_POSTCODE_COMPONENT) return 'postcode';
  return flag;
}
