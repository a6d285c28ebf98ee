import { WORD_ABBREVIATIONS } from './synonyms';

/** Words that carry no meaning in a column name (`date_of_birth` is `date birth`). */
const NOISE_WORDS = new Set(['the', 'of', 'a', 'an', 'for']);

/**
 * Words that say what kind of value a column holds rather than what it is about; they
 * count for little when names are compared loosely (`death_date` is not `registered_date`).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'date', 'datetime', 'time', 'code', 'id', 'name', 'number', 'value', 'type', 'status', 'concept', 'source',
  'flag', 'description', 'text', 'key', 'reference', 'start', 'end', 'stop',
]);

/** Trailing words a name may lose and still name the same thing, longest first (OMOP suffixes before `code`). */
const DROPPABLE_SUFFIXES: readonly (readonly string[])[] = [
  ['source', 'concept', 'id'],
  ['concept', 'id'],
  ['source', 'value'],
  ['code'],
  ['id'],
  ['value'],
  ['number'],
];

/**
 * The words of a column or table name, lower-cased: split at separators, camelCase humps
 * and letter-digit boundaries (`dateOfBirth`, `ADDRESS_LINE1`, `icd10_code`), noise dropped.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !NOISE_WORDS.has(w));
}

/** The words of a name with abbreviations read out (`admit_dt` → `admission date`). */
export function canonicalWords(name: string): string[] {
  return nameWords(name).map((w) => WORD_ABBREVIATIONS[w] ?? w);
}

/** Words joined without separators, so `birth_date` and `BIRTHDATE` compare equal. */
export function compact(words: readonly string[]): string {
  return words.join('');
}

/** The words without a trailing suffix such as `code`, `id` or OMOP's `concept_id`; null when none can go. */
export function coreWords(words: readonly string[]): string[] | null {
  for (const suffix of DROPPABLE_SUFFIXES) {
    if (words.length <= suffix.length) continue;
    const tail = words.slice(words.length - suffix.length);
    if (tail.every((w, i) => w === suffix[i])) return words.slice(0, words.length - suffix.length);
  }
  return null;
}

/** A table name's word in the singular, as column names use it (`patients` → `patient`, `diagnoses` → `diagnosis`). */
export function singular(word: string): string {
  if (/(ss|us|is)$/.test(word)) return word;
  if (/[oy]ses$/.test(word)) return word.replace(/ses$/, 'sis');
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ch|sh|x)es$/.test(word)) return word.replace(/es$/, '');
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
