import type { AgreementLevel } from './agreement';
import type { Comparator } from './comparator';
import { dateComparator } from './date-comparator';
import type { CompareKind } from './dedup-config';
import { normaliseValue } from './normalise-value';
import { numberComparator } from './number-comparator';
import { phoneticNameComparator } from './phonetic-name';
import { postcodeComparator } from './postcode';
import { exactComparator, jaroWinklerComparator } from './string-comparators';

/** Every comparator a config can name, by name. */
export const COMPARATORS: Readonly<Record<CompareKind, Comparator<unknown>>> = {
  exact: exactComparator as Comparator<unknown>,
  jaro_winkler: jaroWinklerComparator as Comparator<unknown>,
  phonetic_name: phoneticNameComparator as Comparator<unknown>,
  date: dateComparator as Comparator<unknown>,
  postcode: postcodeComparator as Comparator<unknown>,
  number: numberComparator as Comparator<unknown>,
};

/** Compares two raw values the way a config's field would; `missing` when either is blank. */
export function compareValues(kind: CompareKind, a: string | number | null, b: string | number | null): AgreementLevel {
  const left = normaliseValue(a);
  const right = normaliseValue(b);
  if (left === null || right === null) return 'missing';
  const comparator = COMPARATORS[kind];
  return comparator.compare(comparator.prepare(left), comparator.prepare(right));
}
