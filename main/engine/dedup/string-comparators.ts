import { jaroWinkler } from '../mapping/suggest/jaro-winkler';
import type { ComparedLevel } from './agreement';
import { defineComparator } from './comparator';

/** Jaro-Winkler similarity at or above which two strings fully agree. */
export const JW_AGREE = 0.94;
/** Jaro-Winkler similarity at or above which two strings partly agree. */
export const JW_PARTIAL = 0.85;

/** The agreement level a Jaro-Winkler similarity falls in. */
export function jaroWinklerLevel(a: string, b: string): ComparedLevel {
  if (a === b) return 'agree';
  const similarity = jaroWinkler(a, b);
  if (similarity >= JW_AGREE) return 'agree';
  return similarity >= JW_PARTIAL ? 'partial' : 'disagree';
}

/** Equal normalised values agree; anything else disagrees. For codes such as a state. */
export const exactComparator = defineComparator<string>({
  prepare: (value) => value,
  compare: (a, b) => (a === b ? 'agree' : 'disagree'),
});

/** Free text (street, town) by Jaro-Winkler, which forgives typos more near the end than the start. */
export const jaroWinklerComparator = defineComparator<string>({
  prepare: (value) => value,
  compare: jaroWinklerLevel,
});
