import type { AgreementLevel } from './agreement';
import type { FieldComparison } from './dedup-config';

/** Chances of each compared level; they add up to 1. */
export interface LevelChances {
  agree: number;
  partial: number;
  disagree: number;
}

/** m (chances among true matches) and u (among non-matches) of one field. */
export interface FieldProbabilities {
  m: LevelChances;
  u: LevelChances;
}

/** A field's log2 weight at each level; `missing` is always 0. */
export type LevelWeights = Readonly<Record<AgreementLevel, number>>;

/** The smallest chance kept: a level never seen must not give an infinite weight. */
export const MIN_CHANCE = 1e-6;

/**
 * The m assumed before anything is known: true matches mostly agree, and the few
 * that do not are split between a near miss and a real difference.
 */
export const DEFAULT_M: LevelChances = { agree: 0.9, partial: 0.05, disagree: 0.05 };

/** A u to fall back on when the data give none (too few records to sample). */
export const DEFAULT_U: LevelChances = { agree: 0.05, partial: 0.05, disagree: 0.9 };

/** Chances as a config writes them (a number is the chance of full agreement) made whole. */
export function chancesFrom(given: FieldComparison['m'], fallback: LevelChances): LevelChances {
  if (given === undefined) return fallback;
  if (typeof given === 'number') {
    const rest = fallback.partial + fallback.disagree;
    const partialShare = rest > 0 ? fallback.partial / rest : 0;
    return tidyChances({ agree: given, partial: (1 - given) * partialShare, disagree: (1 - given) * (1 - partialShare) });
  }
  return tidyChances({ agree: given.agree, partial: given.partial, disagree: 1 - given.agree - given.partial });
}

/** Chances kept at least {@link MIN_CHANCE} each and rescaled to add up to 1. */
export function tidyChances(c: LevelChances): LevelChances {
  const agree = Math.max(c.agree, MIN_CHANCE);
  const partial = Math.max(c.partial, MIN_CHANCE);
  const disagree = Math.max(c.disagree, MIN_CHANCE);
  const total = agree + partial + disagree;
  return { agree: agree / total, partial: partial / total, disagree: disagree / total };
}

/**
 * Fellegi–Sunter weights: log2(m/u) at each level, so agreement on a field that rarely
 * agrees by chance counts for more. Disagreement's m and u are what agreement leaves,
 * (1 − m)/(1 − u) in the two-level case. Partial agreement is kept between the other two,
 * since an estimate from few near misses can otherwise land outside them. A config's
 * `weight` overrides any level.
 */
export function levelWeights(p: FieldProbabilities, override: FieldComparison['weight'] = {}): LevelWeights {
  const agree = override.agree ?? Math.log2(p.m.agree / p.u.agree);
  const disagree = override.disagree ?? Math.log2(p.m.disagree / p.u.disagree);
  const estimated = Math.log2(p.m.partial / p.u.partial);
  const partial = override.partial ?? Math.min(Math.max(estimated, Math.min(agree, disagree)), Math.max(agree, disagree));
  return { agree, partial, disagree, missing: 0 };
}
