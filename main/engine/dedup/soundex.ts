/**
 * Written by hand rather than taken from a package: American Soundex is a fixed
 * twenty-line table, only blocking uses it (names are compared with Double Metaphone),
 * and a dependency for it would weigh more than the code.
 */
const CODES: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

/**
 * The American Soundex code of a word (`robert` → `r163`), or null when it has no letter.
 * Letters outside a–z are dropped first; `h` and `w` do not separate equal codes, vowels do.
 */
export function soundex(value: string): string | null {
  const letters = value.toLowerCase().replace(/[^a-z]+/g, '');
  if (letters === '') return null;
  let code = letters[0]!;
  let previous = CODES[code] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i++) {
    const letter = letters[i]!;
    const digit = CODES[letter];
    if (digit === undefined) {
      if (letter !== 'h' && letter !== 'w') previous = '';
      continue;
    }
    if (digit !== previous) code += digit;
    previous = digit;
  }
  return code.padEnd(4, '0');
}
