import { doubleMetaphone } from 'double-metaphone';
import { jaroWinklerLevel } from './string-comparators';
import { defineComparator } from './comparator';

/** A name with its Double Metaphone codes worked out once. */
interface PreparedName {
  text: string;
  codes: readonly string[];
}

/** Both Double Metaphone codes of a name (letters only), empties and repeats dropped. */
export function nameCodes(name: string): string[] {
  const letters = name.replace(/[^a-z]+/gi, '');
  if (letters === '') return [];
  return [...new Set(doubleMetaphone(letters))].filter((code) => code !== '');
}

/**
 * A person's name: Jaro-Winkler first, then a pair it calls a disagreement is raised to
 * partial when the names sound alike (`catherine` / `kathryn`), since a name misheard
 * and written down is as common in patient records as one mistyped.
 */
export const phoneticNameComparator = defineComparator<PreparedName>({
  prepare: (text) => ({ text, codes: nameCodes(text) }),
  compare: (a, b) => {
    const level = jaroWinklerLevel(a.text, b.text);
    if (level !== 'disagree') return level;
    return a.codes.some((code) => b.codes.includes(code)) ? 'partial' : 'disagree';
  },
});
