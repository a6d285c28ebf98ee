import { Prng } from './prng';

/**
 * The two ways names get damaged in legacy extracts: a keying slip (a duplicate
 * registration typed by someone else) and UTF-8 text read back as Latin-1 / Windows-1252.
 */

/** Each lower-case letter's neighbours on a UK QWERTY keyboard. */
const KEY_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb',
  i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol',
  q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc',
  y: 'tghu', z: 'asx',
};

/** UTF-8 bytes decoded as Latin-1: `é` becomes `Ã©`, the commonest mojibake in migrated names. */
export function mojibake(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

/**
 * A plausible keying slip in a name: two letters swapped, one dropped, one doubled or one
 * replaced by a neighbouring key. The first letter is left alone, as it usually survives
 * (it is also what phonetic blocking keys on). Always returns a different, non-empty name.
 */
export function typo(rng: Prng, name: string): string {
  if (name.length < 2) return name + rng.pick(['e', 'a', 'h']);
  for (let attempt = 0; attempt < 8; attempt++) {
    const changed = applySlip(rng, name);
    if (changed !== name && changed.length > 0) return changed;
  }
  return `${name}e`;
}

function applySlip(rng: Prng, name: string): string {
  const i = rng.int(1, name.length - 1);
  const letter = name[i]!;
  switch (rng.below(4)) {
    case 0:
      return i + 1 < name.length ? name.slice(0, i) + name[i + 1] + letter + name.slice(i + 2) : name;
    case 1:
      return name.length >= 3 ? name.slice(0, i) + name.slice(i + 1) : name;
    case 2:
      return name.slice(0, i) + letter + name.slice(i);
    default: {
      const neighbours = KEY_NEIGHBOURS[letter.toLowerCase()];
      if (neighbours === undefined) return name;
      const replacement = rng.pick(neighbours.split(''));
      const cased = letter === letter.toUpperCase() ? replacement.toUpperCase() : replacement;
      return name.slice(0, i) + cased + name.slice(i + 1);
    }
  }
}
