import type { IDENTIFIER_FLAGS } from '../../../preload/contract/profile-schemas';
import { nameHints } from './column-name-hints';
import type { ProfileType } from './infer-type';
import { FIT } from './value-shape';

/** A flag for a column that looks identifying. */
export type IdentifierFlag = (typeof IDENTIFIER_FLAGS)[number];

/** What the flags are judged on. */
export interface FlagEvidence {
  column: string;
  table: string;
  type: ProfileType;
  nonEmpty: number;
  /** Counts of non-empty values fitting each of `FIT`. */
  fit: ArrayLike<number>;
  /** Patterns with their counts. */
  patterns: readonly { pattern: string; count: number }[];
}

/** The shapes of a UK postcode, with and without the space. */
const POSTCODE_PATTERNS = new Set(['A9 9AA', 'A99 9AA', 'AA9 9AA', 'AA99 9AA', 'A9A 9AA', 'AA9A 9AA'].flatMap((p) => [p, p.replace(' ', '')]));

/**
 * Flags a column as identifying from its name and its values together. Shares are of
 * non-empty values:
 * - `nhs_number`: ten digits (or 3-3-4) with a valid modulus 11 check digit on ≥ 80%
 *   (≥ 50% when the name says NHS);
 * - `birth_date`: a name like dob / birth, a date or datetime type, ≥ 90% from 1880 to today;
 * - `person_name`: a name like forename / surname / first / last / given / family, and
 *   ≥ 80% look like names (start with a letter, at least half letters, no `@`);
 * - `postcode`: ≥ 80% have a UK postcode's shape (≥ 50% with a postcode / zip name);
 * - `phone`: 10–13 digits with only spaces, `+ ( ) - .`, starting 0, + or (, on ≥ 80%
 *   (≥ 50% with a phone name), unless it is an NHS number;
 * - `email`: `x@y.z` on ≥ 80% (≥ 50% with an email name);
 * - `address`: an address / street name and ≥ 60% words with spaces;
 * - `local_identifier`: an MRN / PAS id / hospital number / patient id name (or `id` in a
 *   patient table; also SSN, passport and driving licence, which have no flag of their
 *   own) and ≥ 90% single tokens with a digit.
 */
export function identifierFlags(evidence: FlagEvidence): IdentifierFlag[] {
  const { nonEmpty, fit, type } = evidence;
  if (nonEmpty === 0) return [];
  const hints = nameHints(evidence.column, evidence.table);
  const share = (fitIndex: number) => fit[fitIndex]! / nonEmpty;
  let postcodes = 0;
  for (const p of evidence.patterns) if (POSTCODE_PATTERNS.has(p.pattern)) postcodes += p.count;
  const flags: IdentifierFlag[] = [];
  const nhs = share(FIT.nhsNumber) >= (hints.nhs ? 0.5 : 0.8);
  if (nhs) flags.push('nhs_number');
  if (hints.birth && (type === 'date' || type === 'datetime') && share(FIT.birthRange) >= 0.9) flags.push('birth_date');
  if (hints.personName && share(FIT.nameLike) >= 0.8) flags.push('person_name');
  if (postcodes / nonEmpty >= (hints.postcode ? 0.5 : 0.8)) flags.push('postcode');
  if (!nhs && share(FIT.phone) >= (hints.phone ? 0.5 : 0.8)) flags.push('phone');
  if (share(FIT.email) >= (hints.email ? 0.5 : 0.8)) flags.push('email');
  if (hints.address && share(FIT.addressLike) >= 0.6) flags.push('address');
  if (!nhs && hints.localId && share(FIT.idLike) >= 0.9) flags.push('local_identifier');
  return flags;
}
