import type { ComparedLevel } from './agreement';

/**
 * One way of comparing a field. `prepare` runs once per record on the normalised value
 * (never blank), so the costly part (a phonetic code, a parsed date) is not redone for
 * every pair the record is in; `compare` runs per pair.
 */
export interface Comparator<Prepared> {
  prepare(value: string): Prepared;
  compare(a: Prepared, b: Prepared): ComparedLevel;
}

/** Builds a comparator with its prepared type inferred. */
export function defineComparator<Prepared>(comparator: Comparator<Prepared>): Comparator<Prepared> {
  return comparator;
}
