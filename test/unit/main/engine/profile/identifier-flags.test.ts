import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableProfile } from '../../../../../preload/contract';
import { openSource } from '../../../../../main/engine/connectors/open-source';
import { generateNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { nameHints, nameWords } from '../../../../../main/engine/profile/column-name-hints';
import { TableProfiler } from '../../../../../main/engine/profile/table-profiler';
import { generateDataset } from '../../../../../main/engine/synth/generate';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';
import { profileValues, seededInt } from './profile-helpers';

const open = { minCellCount: 0 };

async function profileCsvTable(dir: string, table: string): Promise<TableProfile> {
  const connection = openSource({ type: 'csv', path: dir }, { baseDir: '/' });
  const found = (await connection.discover()).find((t) => t.name === table)!;
  const profiler = new TableProfiler('src', table, found.columns.map((c) => c.name), open);
  for await (const batch of connection.read(table)) profiler.addBatch(batch);
  return profiler.finish();
}

function flagsOf(table: TableProfile): Record<string, string[]> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.flags]));
}

describe('identifier flags on the Synthea patients (names with digits, ISO birth dates)', () => {
  const synthea = fileURLToPath(new URL('../../../../fixtures/shared-data/synthea-csv-27', import.meta.url));

  it('flags names, the birth date, the address and person ids, and nothing else', async () => {
    const flags = flagsOf(await profileCsvTable(synthea, 'patients'));
    expect(flags).toMatchObject({
      FIRST: ['person_name'],
      LAST: ['person_name'],
      MAIDEN: ['person_name'],
      BIRTHDATE: ['birth_date'],
      ADDRESS: ['address'],
      Id: ['local_identifier'],
      SSN: ['local_identifier'],
    });
    for (const column of ['DEATHDATE', 'PREFIX', 'GENDER', 'CITY', 'STATE', 'ZIP', 'RACE', 'HEALTHCARE_EXPENSES']) expect(flags[column], column).toEqual([]);
  });
});

describe('identifier flags on generated PAS patients', () => {
  let flags: Record<string, string[]>;
  beforeAll(async () => {
    const out = tempDir();
    await generateDataset({ patients: 1500, seed: 11, outDir: out });
    flags = flagsOf(await profileCsvTable(out, 'patients'));
  });
  afterAll(cleanTempDirs);

  it('flags NHS numbers despite the injected invalid ones', () => expect(flags.nhs_number).toEqual(['nhs_number']));
  it('flags the UK postcodes', () => expect(flags.postcode).toEqual(['postcode']));
  it('flags the phones', () => expect(flags.phone).toEqual(['phone']));
  it('flags the dd/mm/yyyy birth dates despite future and impossible ones', () => expect(flags.date_of_birth).toEqual(['birth_date']));
  it('flags forenames and surnames', () => {
    expect(flags.forename).toEqual(['person_name']);
    expect(flags.surname).toEqual(['person_name']);
  });
  it('flags the address and the PAS id', () => {
    expect(flags.address_line1).toEqual(['address']);
    expect(flags.pas_id).toEqual(['local_identifier']);
  });
  it('leaves codes and other dates alone', () => {
    for (const column of ['title', 'sex', 'date_of_death', 'town', 'ethnic_code', 'marital_code', 'gp_practice', 'registered_date']) expect(flags[column], column).toEqual([]);
  });
});

describe('identifier flags, value by value', () => {
  const random = seededInt(1);
  const nhs = Array.from({ length: 200 }, () => generateNhsNumber(random));

  it('needs valid check digits on most values for nhs_number', () => {
    expect(profileValues(nhs, 'patient_ref', open).flags).toEqual(['nhs_number']);
    const tenDigits = Array.from({ length: 200 }, () => String(1_000_000_000 + random(8_999_999_999)));
    expect(profileValues(tenDigits, 'patient_ref', open).flags).not.toContain('nhs_number');
  });

  it('needs a birth name, a date type and a plausible range for birth_date', () => {
    const dates = Array.from({ length: 100 }, (_, i) => `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`);
    expect(profileValues(dates, 'dob', open).flags).toEqual(['birth_date']);
    expect(profileValues(dates, 'DateOfBirth', open).flags).toEqual(['birth_date']);
    expect(profileValues(dates, 'admit_date', open).flags).toEqual([]);
    expect(profileValues(dates.map((d) => d.replace(/^19/, '21')), 'dob', open).flags).toEqual([]);
    expect(profileValues(['a', 'b'], 'birth_place', open).flags).toEqual([]);
  });

  it('needs a name hint and name-like values for person_name', () => {
    const names = ['Smith', 'Jones', "O'Brien", 'Anne-Marie', 'Nowak'];
    expect(profileValues(names, 'family_name', open).flags).toEqual(['person_name']);
    expect(profileValues(names, 'givenName', open).flags).toEqual(['person_name']);
    expect(profileValues(names, 'name', open, 'patients').flags).toEqual(['person_name']);
    expect(profileValues(names, 'name', open, 'wards').flags).toEqual([]);
    expect(profileValues(names, 'ward', open).flags).toEqual([]);
    expect(profileValues(['X123456', 'Y234567'], 'surname', open).flags).toEqual([]);
  });

  it('needs the UK shape for postcode, whatever the name', () => {
    expect(profileValues(['B15 2TH', 'ls1 4ap', 'SW1A 1AA', 'M11AE'], 'pc', open).flags).toEqual(['postcode']);
    expect(profileValues(['02155', '01013', '90210'], 'zip', open).flags).toEqual([]);
  });

  it('recognises phones and emails, and not plain numbers or text', () => {
    expect(profileValues(['07700 900935', '0121 496 0850', '+44 20 7946 0000'], 'contact', open).flags).toEqual(['phone']);
    expect(profileValues(['1234567890', '2234567890'], 'amount', open).flags).toEqual([]);
    expect(profileValues(['a@example.com', 'b.c@example.nhs.uk'], 'contact', open).flags).toEqual(['email']);
    expect(profileValues(['not an email', 'x@'], 'email', open).flags).toEqual([]);
  });

  it('needs an address name and words for address', () => {
    expect(profileValues(['1 Oak Road', 'Flat 2, 3 High St'], 'address1', open).flags).toEqual(['address']);
    expect(profileValues(['1 Oak Road', 'Flat 2, 3 High St'], 'notes', open).flags).toEqual([]);
  });

  it('needs an identifier name and single tokens with digits for local_identifier', () => {
    expect(profileValues(['K123456', 'K234567'], 'MRN', open).flags).toEqual(['local_identifier']);
    expect(profileValues(['K123456', 'K234567'], 'hospital_number', open).flags).toEqual(['local_identifier']);
    expect(profileValues(['K123456', 'K234567'], 'id', open, 'patients').flags).toEqual(['local_identifier']);
    expect(profileValues(['K123456', 'K234567'], 'id', open, 'wards').flags).toEqual([]);
    expect(profileValues(['not recorded', 'see notes'], 'mrn', open).flags).toEqual([]);
  });

  it('reads flattened FHIR names, identifier values and telecoms, but not their codes', () => {
    expect(nameHints('name_0_family', 'Patient').personName).toBe(true);
    expect(nameHints('name_1_given', 'Patient').personName).toBe(true);
    expect(nameHints('family_history', 'Condition').personName).toBe(false);
    expect(nameHints('identifier_2_value', 'Patient').localId).toBe(true);
    expect(nameHints('identifier_ss', 'Patient').localId).toBe(true);
    expect(nameHints('identifier_1_type_coding_0_code', 'Patient').localId).toBe(false);
    expect(nameHints('telecom_0_value', 'Patient').phone).toBe(true);
    expect(nameHints('soc_sec_id', 'dataset1').localId).toBe(true);
    expect(nameHints('LAT', 'patients').address).toBe(true);
    expect(nameHints('BIRTHPLACE', 'patients').address).toBe(true);
    expect(nameHints('status', 'patients')).toEqual(Object.fromEntries(Object.keys(nameHints('x', 'y')).map((k) => [k, false])));
  });

  it('splits column names into words whatever their case', () => {
    expect(nameWords('dateOfBirth')).toEqual(['date', 'of', 'birth']);
    expect(nameWords('ADDRESS_LINE1')).toEqual(['address', 'line', '1']);
    expect(nameWords('nhs-number')).toEqual(['nhs', 'number']);
  });
});
