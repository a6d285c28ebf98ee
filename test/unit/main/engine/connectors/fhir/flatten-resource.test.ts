import { describe, expect, it } from 'vitest';
import { FLATTEN_LIMITS, flattenResource } from '../../../../../../main/engine/connectors/fhir/flatten-resource';
import type { JsonObject } from '../../../../../../main/engine/connectors/fhir/json-value';
import { referencedId } from '../../../../../../main/engine/connectors/fhir/reference-ids';

const NO_URLS = new Map<string, string>();

describe('flattenResource', () => {
  it('names elements by path, joins string lists and skips narrative, contained and primitive extensions', () => {
    const patient: JsonObject = {
      resourceType: 'Patient',
      id: 'p1',
      meta: { lastUpdated: '2024-01-01T00:00:00Z' },
      text: { status: 'generated', div: '<div>Ann Smith</div>' },
      contained: [{ resourceType: 'Organization', id: 'o' }],
      name: [{ family: 'Smith', given: ['Ann', 'Marie'], prefix: ['Dr'] }],
      address: [{ line: ['1 Road', 'Flat 2'], postalCode: 'LS1 4AP' }],
      birthDate: '1970-01-01',
      _birthDate: { extension: [{ url: 'http://x/time', valueDateTime: '1970-01-01T08:00' }] },
      deceasedBoolean: false,
      multipleBirthInteger: 2,
    };
    expect(flattenResource(patient, NO_URLS)).toEqual({
      truncated: false,
      values: {
        id: 'p1',
        meta_lastUpdated: '2024-01-01T00:00:00Z',
        name_0_family: 'Smith',
        name_0_given: 'Ann Marie',
        name_0_prefix: 'Dr',
        address_0_line: '1 Road, Flat 2',
        address_0_postalCode: 'LS1 4AP',
        birthDate: '1970-01-01',
        deceasedBoolean: false,
        multipleBirthInteger: 2,
      },
    });
  });

  it('names extensions by URL, drops the value[x] name and numbers repeats', () => {
    const values = flattenResource(
      {
        resourceType: 'Patient',
        extension: [
          { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', extension: [{ url: 'ombCategory', valueCoding: { code: '2106-3' } }, { url: 'ombCategory', valueCoding: { code: '2028-9' } }, { url: 'text', valueString: 'Mixed' }] },
          { url: 'https://fhir.nhs.uk/StructureDefinition/Extension-UKCore-EthnicCategory', valueCodeableConcept: { coding: [{ code: 'A' }] } },
        ],
        modifierExtension: [{ url: 'http://x/flag', valueBoolean: true }],
      },
      NO_URLS,
    ).values;
    expect(values).toEqual({
      ext_us_core_race_ombCategory_code: '2106-3',
      ext_us_core_race_ombCategory_2_code: '2028-9',
      ext_us_core_race_text: 'Mixed',
      ext_Extension_UKCore_EthnicCategory_coding_0_code: 'A',
      modext_flag: true,
    });
  });

  it('adds the id a reference points at, resolving fullUrls of the same Bundle', () => {
    const urls = new Map([['urn:uuid:aaa', 'patient-1']]);
    const values = flattenResource(
      { resourceType: 'Encounter', subject: { reference: 'urn:uuid:aaa' }, participant: [{ individual: { reference: 'Practitioner/pr-9' } }], partOf: { reference: '#local' } },
      urls,
    ).values;
    expect(values).toEqual({
      subject_reference: 'urn:uuid:aaa',
      subject_id: 'patient-1',
      participant_0_individual_reference: 'Practitioner/pr-9',
      participant_0_individual_id: 'pr-9',
      partOf_reference: '#local',
    });
  });

  it('adds named identifiers from the v2-0203 type or a known system', () => {
    const values = flattenResource(
      {
        resourceType: 'Patient',
        identifier: [
          { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' },
          { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'M1' },
          { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'M2' },
          { type: { coding: [{ system: 'http://local/types', code: 'XX' }] }, value: 'L1' },
        ],
      },
      NO_URLS,
    ).values;
    expect(values).toMatchObject({ identifier_nhs: '9434765919', identifier_mr: 'M1', identifier_0_value: '9434765919', identifier_2_value: 'M2', identifier_3_value: 'L1' });
    expect(Object.keys(values).filter((k) => /^identifier_[a-z]/.test(k))).toEqual(['identifier_nhs', 'identifier_mr']);
  });

  it('keeps arrays and nesting within bounds and says when it cut something', () => {
    const many = Array.from({ length: FLATTEN_LIMITS.items + 3 }, (_, i) => ({ reference: `Observation/o${i}` }));
    const wide = flattenResource({ resourceType: 'DiagnosticReport', result: many }, NO_URLS);
    expect(wide.truncated).toBe(true);
    expect(wide.values[`result_${FLATTEN_LIMITS.items - 1}_id`]).toBe(`o${FLATTEN_LIMITS.items - 1}`);
    expect(wide.values[`result_${FLATTEN_LIMITS.items}_id`]).toBeUndefined();
    const deep = flattenResource({ resourceType: 'Basic', a: { b: { c: { d: { e: { f: { g: 'too deep' } }, e2: 'ok' } } } } }, NO_URLS);
    expect(deep).toEqual({ truncated: true, values: { a_b_c_d_e2: 'ok' } });
  });
});

describe('referencedId', () => {
  it.each([
    ['Patient/123', '123'],
    ['http://example.org/fhir/Patient/123/_history/4', '123'],
    ['urn:uuid:0c1e', '0c1e'],
    ['#contained', null],
    ['not a reference', null],
  ])('%s points at %s', (reference, id) => {
    expect(referencedId(reference, NO_URLS)).toBe(id);
  });
});
