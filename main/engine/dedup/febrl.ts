import { pairKey } from './agreement';
import type { DedupConfigInput } from './dedup-config';

/** `rec-12-org`, `rec-12-dup-0`: FEBRL's generator names every copy of a person after the original's number. */
const FEBRL_ID = /^rec-(\d+)-(?:org|dup-\d+)$/;

/**
 * The true pairs of a FEBRL data set as `a|b` keys: every two records whose ids carry
 * the same number. Ids not in FEBRL's form are ignored.
 */
export function febrlTruth(ids: Iterable<string>): Set<string> {
  const byPerson = new Map<string, string[]>();
  for (const id of ids) {
    const person = FEBRL_ID.exec(id.trim())?.[1];
    if (person === undefined) continue;
    const group = byPerson.get(person);
    if (group) group.push(id.trim());
    else byPerson.set(person, [id.trim()]);
  }
  const truth = new Set<string>();
  for (const group of byPerson.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) truth.add(pairKey(group[i]!, group[j]!));
  }
  return truth;
}

/**
 * A config for FEBRL's synthetic patient files (`rec_id, given_name, surname, …`).
 * Blocking: six keys, each narrow (largest block about ten records on 5,000 rows), chosen
 * so that a copy with typos in most fields still shares at least one: date of birth,
 * the last four digits of the social security number, both names' Soundex, postcode with
 * house number, surname Soundex within a postcode district, and the start of the street
 * with the start of the suburb. m and u are left to EM. A match needs log2 weight 6
 * (64 to 1 for); 0 to 6 goes to review.
 */
export const FEBRL_CONFIG = {
  idField: 'rec_id',
  fields: [
    { field: 'given_name', compare: 'phonetic_name' },
    { field: 'surname', compare: 'phonetic_name' },
    { field: 'street_number', compare: 'number' },
    { field: 'address_1', compare: 'jaro_winkler' },
    { field: 'address_2', compare: 'jaro_winkler' },
    { field: 'suburb', compare: 'jaro_winkler' },
    { field: 'postcode', compare: 'postcode' },
    { field: 'state', compare: 'exact' },
    { field: 'date_of_birth', compare: 'date' },
    { field: 'soc_sec_id', compare: 'number' },
  ],
  blocking: [
    [{ field: 'date_of_birth', transform: 'exact' }],
    [{ field: 'soc_sec_id', transform: 'digits_last:4' }],
    [
      { field: 'given_name', transform: 'soundex' },
      { field: 'surname', transform: 'soundex' },
    ],
    [
      { field: 'postcode', transform: 'exact' },
      { field: 'street_number', transform: 'exact' },
    ],
    [
      { field: 'surname', transform: 'soundex' },
      { field: 'postcode', transform: 'postcode_district' },
    ],
    [
      { field: 'address_1', transform: 'first_letters:4' },
      { field: 'suburb', transform: 'first_letters:2' },
    ],
  ],
  thresholds: { match: 6, review: 0 },
  survivorship: { default: 'most_frequent' },
} as const satisfies DedupConfigInput;
