import { describe, expect, it } from 'vitest';
import { suggestionSchema, type Suggestion } from '../../../../../../preload/contract/mapping-schemas';
import type { TableProfile } from '../../../../../../preload/contract/profile-schemas';
import { compileContractExpression, expressionFields } from '../../../../../../main/engine/mapping/expressions';
import { suggestDrivingTable, suggestFields, type SuggestInput } from '../../../../../../main/engine/mapping/suggest/suggest-fields';
import { col, field, profile, SEX_CROSSWALK, target, ukDate } from './suggest-fixtures';

const NAMES = [{ value: 'Emily', count: 14 }, { value: 'Margaret', count: 8 }];

const patients = (): TableProfile => profile('patients', [
  col('pas_id', { type: 'text', distinct: 100, flags: ['local_identifier'] }),
  col('forename', { lengthMax: 9, distinct: 60, top: NAMES, flags: ['person_name'] }),
  col('surname', { lengthMax: 11, distinct: 70, top: [{ value: 'Smith', count: 9 }], flags: ['person_name'] }),
  col('sex', { lengthMax: 1, distinct: 2, top: [{ value: 'F', count: 52 }, { value: 'M', count: 48 }] }),
  ukDate('date_of_birth', { flags: ['birth_date'] }),
  col('registered', { type: 'date', lengthMax: 10, patterns: [{ pattern: '9999-99-99', count: 100 }] }),
]);

const LOAD_PATIENT = target('LOAD_PATIENT', [
  field('patient_id', 'VARCHAR(12)', true),
  field('given_name', 'VARCHAR(60)', true),
  field('family_name', 'VARCHAR(60)', true),
  field('sex_code', 'VARCHAR(1)', true),
  field('birth_date', 'DATE', true),
  field('registered_date', 'DATE'),
  field('religion', 'VARCHAR(30)'),
]);

const input = (overrides: Partial<SuggestInput> = {}): SuggestInput => ({ target: LOAD_PATIENT, sources: [patients()], crosswalks: [SEX_CROSSWALK], ...overrides });
const top = (map: Map<string, Suggestion[]>, fieldName: string) => map.get(fieldName)?.[0];

describe('suggestFields on hand-made profiles', () => {
  it('suggests a synonym with a fitting type directly, with high confidence and its reasons', () => {
    const given = top(suggestFields(input()), 'given_name')!;
    expect(given).toMatchObject({ class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename', expression: null, crosswalk: null });
    expect(given.confidence).toBeGreaterThanOrEqual(0.85);
    expect(given.reasons.join('\n')).toContain('forename is a synonym of given_name');
  });

  it('does not offer the other name column for a name field (both are flagged as names)', () => {
    const suggestions = suggestFields(input());
    expect(suggestions.get('given_name')!.map((s) => s.sourceField)).not.toContain('surname');
    expect(suggestions.get('family_name')!.map((s) => s.sourceField)).not.toContain('forename');
  });

  it('converts UK dates with iso_date and takes ISO dates as they are', () => {
    const suggestions = suggestFields(input());
    expect(top(suggestions, 'birth_date')).toMatchObject({ class: 'DERIVED', sourceField: 'date_of_birth', expression: 'iso_date(date_of_birth, "DD/MM/YYYY")' });
    expect(top(suggestions, 'registered_date')).toMatchObject({ class: 'DIRECT_SOURCE', sourceField: 'registered', expression: null });
  });

  it('looks codes up in the crosswalk whose source codes they are, more sure than the name alone', () => {
    const sex = top(suggestFields(input()), 'sex_code')!;
    expect(sex).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'sex', crosswalk: 'sex' });
    expect(sex.reasons).toContain('values: 100% of values are source codes of crosswalk sex (by rows)');
    const withoutCrosswalk = top(suggestFields(input({ crosswalks: [] })), 'sex_code')!;
    expect(withoutCrosswalk.class).toBe('DIRECT_SOURCE');
    expect(sex.confidence).toBeGreaterThan(withoutCrosswalk.confidence);
  });

  it('finds a coded column by its values when its name says nothing, through a crosswalk named like the field', () => {
    const cryptic = profile('patients', [col('fld_07', { lengthMax: 1, top: [{ value: 'F', count: 52 }, { value: 'M', count: 48 }] })]);
    const sex = top(suggestFields(input({ sources: [cryptic] })), 'sex_code')!;
    expect(sex).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'fld_07', crosswalk: 'sex' });
    expect(sex.confidence).toBeGreaterThan(0.4);
    expect(top(suggestFields(input({ sources: [cryptic], crosswalks: [] })), 'sex_code')).toBeUndefined();
  });

  it('takes masked top values as no evidence of codes', () => {
    const masked = profile('patients', [col('sex', { lengthMax: 1, top: [{ value: '•', count: 52 }, { value: '••', count: 48 }] })]);
    const sex = top(suggestFields(input({ sources: [masked], crosswalks: [{ ...SEX_CROSSWALK, sourceCodes: ['•', '••'] }] })), 'sex_code')!;
    expect(sex.class).toBe('DIRECT_SOURCE');
    expect(sex.crosswalk).toBeNull();
  });

  it('returns nothing for a field nothing suggests, rather than noise', () => {
    expect(suggestFields(input()).get('religion')).toEqual([]);
  });

  it('lowers a value longer than the target holds and says so', () => {
    const long = patients();
    long.columns[1] = { ...long.columns[1]!, lengthMax: 31 };
    const narrow = target('LOAD_PATIENT', [field('given_name', 'VARCHAR(30)', true)]);
    const fits = top(suggestFields(input({ target: narrow })), 'given_name')!;
    const tooLong = top(suggestFields(input({ target: narrow, sources: [long] })), 'given_name')!;
    expect(tooLong.sourceField).toBe('forename');
    expect(tooLong.confidence).toBeLessThan(fits.confidence);
    expect(tooLong.reasons).toContain('length: longest value 31 characters, target holds 30');
  });

  it('never quotes a value of a flagged column in the reasons', () => {
    const reasons = [...suggestFields(input({ target: target('T', [field('given_name', 'VARCHAR(60)'), field('forename_code', 'VARCHAR(8)')]) })).values()]
      .flat().filter((s) => s.sourceField === 'forename').flatMap((s) => s.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const { value } of NAMES) expect(reasons.join('\n')).not.toContain(value);
  });

  it('ranks candidates from the driving table first, named as table or source.table', () => {
    const a = profile('a_patients', patients().columns, 'pas');
    const b = profile('b_patients', patients().columns, 'pas');
    const sources = [a, b];
    expect(top(suggestFields(input({ sources })), 'given_name')!.sourceTable).toBe('a_patients');
    for (const drivingTable of ['b_patients', 'pas.b_patients']) {
      const list = suggestFields(input({ sources, drivingTable })).get('given_name')!;
      expect(list.map((s) => s.sourceTable)).toEqual(['b_patients', 'a_patients']);
      expect(list[0]!.confidence).toBeGreaterThan(list[1]!.confidence);
      expect(list[1]!.reasons.at(-1)).toContain('not from b_patients');
    }
  });

  it('qualifies tables by source when two sources hold one of the same name', () => {
    const sources = [patients(), { ...patients(), source: 'other' }];
    expect(suggestFields(input({ sources })).get('given_name')!.map((s) => s.sourceTable)).toEqual(['other.patients', 'src.patients']);
  });

  it('is deterministic whatever order the sources and columns come in', () => {
    const a = profile('a', patients().columns);
    const b = profile('b', [...patients().columns].reverse());
    const once = JSON.stringify([...suggestFields(input({ sources: [a, b] }))]);
    expect(JSON.stringify([...suggestFields(input({ sources: [b, a] }))])).toBe(once);
  });

  it('keeps to the limit', () => {
    const sources = ['a', 'b', 'c', 'd'].map((n) => profile(n, patients().columns));
    expect(suggestFields(input({ sources })).get('given_name')).toHaveLength(4);
    expect(suggestFields(input({ sources }), { limit: 2 }).get('given_name')).toHaveLength(2);
  });

  it('gives every field a list, each suggestion valid, with DERIVED expressions that compile and read only source columns', () => {
    const suggestions = suggestFields(input());
    expect([...suggestions.keys()]).toEqual(LOAD_PATIENT.columns.map((c) => c.name));
    const columns = new Set(patients().columns.map((c) => c.name));
    for (const s of [...suggestions.values()].flat()) {
      expect(suggestionSchema.parse(s)).toEqual(s);
      expect(s.confidence).toBeGreaterThanOrEqual(0.2);
      if (s.class === 'DERIVED') {
        expect(() => compileContractExpression(s.expression!)).not.toThrow();
        for (const name of expressionFields(s.expression!)) expect(columns.has(name), name).toBe(true);
      }
    }
  });
});

describe('suggestFields: what the plan decides', () => {
  it('strips spaces from NHS numbers written with them', () => {
    const nhs = col('nhs_no', { type: 'text', lengthMax: 12, flags: ['nhs_number'], patterns: [{ pattern: '999 999 9999', count: 60 }, { pattern: '9999999999', count: 40 }] });
    const s = top(suggestFields(input({ target: target('T', [field('nhs_number', 'VARCHAR(10)')]), sources: [profile('p', [nhs])] })), 'nhs_number')!;
    expect(s).toMatchObject({ class: 'DERIVED', expression: 'replace(nhs_no, " ", "")' });
    expect(compileContractExpression(s.expression!)({ nhs_no: '943 476 5919' })).toBe('9434765919');
  });

  it('numbers a text id going into an integer key, and asks for a crosswalk for codes into a concept id', () => {
    const person = target('person', [field('person_id', 'INTEGER', true), field('gender_concept_id', 'INTEGER', true)]);
    const source = profile('patients', [col('Id', { type: 'text', lengthMax: 36, distinct: 100, flags: ['local_identifier'] }), col('GENDER', { top: [{ value: 'M', count: 50 }, { value: 'F', count: 50 }] })]);
    const noCrosswalks = suggestFields({ target: person, sources: [source], crosswalks: [] });
    expect(top(noCrosswalks, 'person_id')).toMatchObject({ class: 'SURROGATE_ETL', sourceField: 'Id' });
    const gender = top(noCrosswalks, 'gender_concept_id')!;
    expect(gender).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'GENDER', crosswalk: null });
    expect(gender.confidence).toBeLessThanOrEqual(0.65);
    expect(top(suggestFields({ target: person, sources: [source], crosswalks: [SEX_CROSSWALK] }), 'gender_concept_id')).toMatchObject({ crosswalk: 'sex' });
  });

  it('derives a length of stay from the admission and discharge dates', () => {
    const admissions = profile('admissions', [ukDate('admit_date'), ukDate('discharge_date')]);
    const s = top(suggestFields({ target: target('A', [field('length_of_stay', 'INTEGER')]), sources: [admissions], crosswalks: [] }), 'length_of_stay')!;
    expect(s).toMatchObject({ class: 'DERIVED', sourceField: null, sourceTable: 'admissions' });
    expect(compileContractExpression(s.expression!)({ admit_date: '28/02/2024', discharge_date: '02/03/2024' })).toBe(3);
  });
});

describe('suggestDrivingTable on hand-made profiles', () => {
  it('picks the table that fills most of the target, and is null without sources', () => {
    const wards = profile('wards', [col('ward_code'), col('sex')]);
    const picked = suggestDrivingTable(input({ sources: [wards, patients()] }))!;
    expect(picked.table).toBe('patients');
    expect(picked.reasons.join('\n')).toContain('patients matches LOAD_PATIENT');
    expect(picked.confidence).toBeGreaterThan(0.5);
    expect(suggestDrivingTable(input({ sources: [] }))).toBeNull();
  });
});
