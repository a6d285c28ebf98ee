import { MISSING_CODE } from './agreement';
import { tidyChances, type LevelChances } from './fellegi-sunter';
import { compareAt, type PreparedField } from './prepared-fields';

/** Random pairs compared to estimate u; enough to see a chance of 1 in 1,000 about ten times, at a few tenths of a second on 5,000 records. */
export const U_SAMPLE_PAIRS = 10_000;

/** A small seeded generator (mulberry32): the same table always gives the same sample. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each field's u from pairs of records drawn at random: almost every such pair is two
 * different people, so how often they agree is the chance of agreeing by coincidence.
 * Undefined for a field no sampled pair had on both sides (or a table under two records).
 */
export function sampleU(fields: readonly PreparedField[], recordCount: number, samples = U_SAMPLE_PAIRS): (LevelChances | undefined)[] {
  const counts = fields.map(() => [0, 0, 0]);
  if (recordCount >= 2) {
    const random = seededRandom(recordCount);
    for (let s = 0; s < samples; s++) {
      const i = Math.floor(random() * recordCount);
      let j = Math.floor(random() * (recordCount - 1));
      if (j >= i) j++;
      fields.forEach((field, f) => {
        const code = compareAt(field, i, j);
        if (code !== MISSING_CODE) counts[f]![code]!++;
      });
    }
  }
  return counts.map(([agree, partial, disagree]) => {
    const total = agree! + partial! + disagree!;
    return total === 0 ? undefined : tidyChances({ agree: agree! / total, partial: partial! / total, disagree: disagree! / total });
  });
}
