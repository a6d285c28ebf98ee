/** Class of a character that is none of the others (punctuation, symbols). */
export const OTHER = 0;
/** Class of a letter, in any script. */
export const LETTER = 1;
/** Class of an ASCII digit. */
export const DIGIT = 2;
/** Class of whitespace. */
export const SPACE = 3;

/** Code units below this are classified by {@link LATIN_CLASSES}. */
export const LATIN_END = 0x250;

/**
 * Classes of the Latin code units (ASCII, Latin-1, Latin Extended-A and -B), for hot loops
 * to index directly: `c < LATIN_END ? LATIN_CLASSES[c] : charClass(c)` costs half as much
 * as always calling {@link charClass}, which V8 does not inline.
 */
export const LATIN_CLASSES = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) {
  if (c >= 48 && c <= 57) LATIN_CLASSES[c] = DIGIT;
  else if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) LATIN_CLASSES[c] = SPACE;
  else if (/\p{L}/u.test(String.fromCharCode(c))) LATIN_CLASSES[c] = LETTER;
}

const HIGH_LETTER = /\p{L}/u;
const HIGH_SPACE = /\s/u;

/**
 * Classifies one UTF-16 code unit as OTHER, LETTER, DIGIT or SPACE. Latin scripts, where
 * nearly all data lives, come from the table; anything above falls back to a Unicode
 * regex, which is slow but rare.
 */
export function charClass(code: number): number {
  if (code < LATIN_END) return LATIN_CLASSES[code]!;
  const ch = String.fromCharCode(code);
  if (HIGH_LETTER.test(ch)) return LETTER;
  return HIGH_SPACE.test(ch) ? SPACE : OTHER;
}
