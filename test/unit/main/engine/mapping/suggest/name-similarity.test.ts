import { describe, expect, it } from 'vitest';
import { nameSimilarity, synonymGroupOf } from '../../../../../../main/engine/mapping/suggest/name-similarity';
import { canonicalWords, compact, coreWords, nameWords, singular } from '../../../../../../main/engine/mapping/suggest/name-tokens';
import { FIELD_SYNONYMS } from '../../../../../../main/engine/mapping/suggest/synonyms';
import { tableSimilarity } from '../../../../../../main/engine/mapping/suggest/table-similarity';

describe('name words', () => {
  it('splits case, separators and digits, and drops noise words', () => {
    expect(nameWords('dateOfBirth')).toEqual(['date', 'birth']);
    expect(nameWords('ADDRESS_LINE1')).toEqual(['address', 'line', '1']);
    expect(nameWords('icd10_code')).toEqual(['icd', '10', 'code']);
    expect(nameWords('HTTPServer-id')).toEqual(['http', 'server', 'id']);
  });

  it('reads abbreviations out and drops suffixes only when something is left', () => {
    expect(canonicalWords('admit_dt')).toEqual(['admission', 'date']);
    expect(canonicalWords('nhs_no')).toEqual(['nhs', 'number']);
    expect(coreWords(['gender', 'concept', 'id'])).toEqual(['gender']);
    expect(coreWords(['sex', 'code'])).toEqual(['sex']);
    expect(coreWords(['code'])).toBeNull();
  });

  it('puts table words in the singular', () => {
    expect(['patients', 'diagnoses', 'analyses', 'categories', 'status', 'diagnosis', 'matches'].map(singular))
      .toEqual(['patient', 'diagnosis', 'analysis', 'category', 'status', 'diagnosis', 'match']);
  });
});

describe('the synonym dictionary', () => {
  it('names each concept in one group only, so a lookup cannot depend on group order', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    FIELD_SYNONYMS.forEach((group, index) => {
      for (const name of [...group.names, ...(group.weak ?? [])]) {
        const key = compact(canonicalWords(name));
        if (owner.has(key) && owner.get(key) !== index) clashes.push(name);
        owner.set(key, index);
      }
    });
    expect(clashes).toEqual([]);
  });
});

describe('nameSimilarity', () => {
  it('scores the same name 1 whatever its case and separators', () => {
    expect(nameSimilarity('birth_date', 'BIRTHDATE')).toMatchObject({ score: 1, kind: 'exact' });
    expect(nameSimilarity('given_name', 'givenName')).toMatchObject({ score: 1, kind: 'exact' });
  });

  it('knows the healthcare synonyms (PAS, OMOP, Synthea)', () => {
    for (const [t, s] of [['given_name', 'forename'], ['family_name', 'surname'], ['birth_date', 'date_of_birth'], ['sex_code', 'GENDER'],
      ['patient_id', 'pas_id'], ['postcode', 'ZIP'], ['town', 'CITY'], ['address_line1', 'ADDRESS'], ['marital_status', 'MARITAL']]) {
      const match = nameSimilarity(t!, s!);
      expect(match?.kind, `${t} ~ ${s}`).toBe('synonym');
      expect(match!.score).toBeGreaterThanOrEqual(0.9);
      expect(match!.reason).toContain(`${s} is a synonym of ${t}`);
    }
  });

  it('matches names apart from a code or id suffix, or an abbreviation, a little below exact', () => {
    const core = nameSimilarity('gp_practice_code', 'gp_practice')!;
    expect(core.reason).toContain('apart from "code"');
    const abbreviated = nameSimilarity('admission_date', 'admit_date')!;
    expect(abbreviated.reason).toContain('admit_date reads as admission_date');
    for (const match of [core, abbreviated, nameSimilarity('gender_concept_id', 'GENDER')!]) {
      expect(match.score).toBeGreaterThan(0.9);
      expect(match.score).toBeLessThan(1);
    }
  });

  it('reads a bare generic name in its table: Synthea patients.Id is the patient id', () => {
    const inPatients = nameSimilarity('person_id', 'Id', 'patients')!;
    expect(inPatients.kind).toBe('synonym');
    expect(inPatients.reason).toContain('reads as patient_id');
    expect(nameSimilarity('visit_occurrence_id', 'Id', 'encounters')!.score).toBeGreaterThan(nameSimilarity('visit_occurrence_id', 'Id', 'patients')?.score ?? 0);
  });

  it('keeps weak synonyms below strong ones (OMOP keeps race and ethnicity apart)', () => {
    expect(nameSimilarity('race_concept_id', 'RACE')!.score).toBeGreaterThan(nameSimilarity('race_concept_id', 'ETHNICITY')!.score);
    expect(nameSimilarity('race_concept_id', 'ETHNICITY')!.reason).toContain('often means the same as');
  });

  it('does not let a suffix-less reading change what a known name means', () => {
    expect(nameSimilarity('diagnosis_id', 'icd10_code')).toBeNull();
    // Only a loose likeness is left: `diagnosis` alone is the diagnosis code.
    expect(nameSimilarity('diagnosis_id', 'diagnosis')?.kind).toBe('fuzzy');
    expect(nameSimilarity('patient_id', 'patient')?.kind).toBe('normalised');
  });

  it('gives loose matches a hint-sized score, and nothing for unrelated or only generically alike names', () => {
    const loose = nameSimilarity('stop_reason', 'REASONCODE')!;
    expect(loose.kind).toBe('fuzzy');
    expect(loose.score).toBeGreaterThan(0.3);
    expect(loose.score).toBeLessThanOrEqual(0.65);
    for (const [t, s] of [['given_name', 'surname'], ['death_date', 'date_of_birth'], ['birth_date', 'registered_date'], ['religion', 'title'], ['source_system', 'sex']]) {
      expect(nameSimilarity(t!, s!), `${t} ~ ${s}`).toBeNull();
    }
  });

  it('finds the group of a name as written or without its suffix', () => {
    expect(synonymGroupOf('sex_code')).toBe(synonymGroupOf('gender'));
    expect(synonymGroupOf('gender_concept_id')).toBe(synonymGroupOf('sex'));
    expect(synonymGroupOf('HEALTHCARE_EXPENSES')).toBeNull();
  });
});

describe('tableSimilarity', () => {
  it('sets staging words and plurals aside, and knows table synonyms', () => {
    expect(tableSimilarity('LOAD_PATIENT', 'patients')?.score).toBe(1);
    expect(tableSimilarity('person', 'patients')?.score).toBeGreaterThan(0.8);
    expect(tableSimilarity('visit_occurrence', 'encounters')?.score).toBeGreaterThan(0.8);
    expect(tableSimilarity('LOAD_PATIENT', 'admissions')).toBeNull();
  });
});
