/** Words too common in code descriptions to make an abbreviation's initials. */
const LINKING_WORDS = new Set(['a', 'an', 'and', 'of', 'or', 'the', 'to', 'in', 'as', 'via', 'from', 'with', 'by']);

/**
 * Text lower-cased with accents, punctuation and runs of spaces folded to single spaces,
 * so `"Not Known (not recorded)"` and `"not known - not recorded"` compare equal. `&`
 * becomes `and` because legacy exports spell `A&E` both ways.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A code reduced to its letters and digits in lower case: `"M"`, `"m"` and `" m."` share a key. */
export function codeKey(code: string): string {
  return code.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The phrases a description is made of, normalised: `"Asian or Asian British - Indian"`
 * gives `asian or asian british` and `indian`. Legacy systems often hold just one of them.
 */
export function descriptionParts(description: string): string[] {
  return description
    .split(/\s+[-–—]\s+|[:/(),;]/)
    .map(normaliseText)
    .filter((part) => part !== '');
}

/**
 * How much two descriptions say the same thing, 0–1: the share of the shorter one's
 * meaningful words found in the other (`Married or civil partner` and `Married/Civil
 * Partner` give 1). Null when either has no words to compare.
 */
export function descriptionOverlap(a: string, b: string): number | null {
  const words = (text: string) => new Set(normaliseText(text).split(' ').filter((w) => w !== '' && !LINKING_WORDS.has(w)));
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return null;
  const shared = [...left].filter((w) => right.has(w)).length;
  return shared / Math.min(left.size, right.size);
}

/** The first letters of a phrase's words, with and without linking words (`not stated` → `ns`). */
export function initials(phrase: string): string[] {
  const words = normaliseText(phrase).split(' ').filter((w) => w !== '');
  const all = words.map((w) => w[0]).join('');
  const meaningful = words.filter((w) => !LINKING_WORDS.has(w)).map((w) => w[0]).join('');
  return [...new Set([all, meaningful])].filter((i) => i.length >= 2);
}

/** Whether the letters of `short` appear in `long` in order, starting with its first letter. */
export function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length === 0 || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}
