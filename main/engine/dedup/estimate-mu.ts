import { levelCode, MISSING_CODE, type AgreementLevel } from './agreement';
import type { FieldComparison } from './dedup-config';
import { chancesFrom, DEFAULT_M, DEFAULT_U, MIN_CHANCE, tidyChances, type FieldProbabilities, type LevelChances } from './fellegi-sunter';

/** How many candidate pairs showed one agreement pattern (a level per field). */
export interface PatternTally {
  levels: readonly AgreementLevel[];
  count: number;
}

/** m and u a config fixed for one field; EM leaves the given part alone. */
export interface FixedChances {
  m?: FieldComparison['m'];
  u?: FieldComparison['u'];
}

/** Starting point and limits of {@link estimateMU}. */
export interface EstimateOptions {
  /** Starting m and u per field; DEFAULT_M / DEFAULT_U where left out. */
  initial?: readonly (FieldProbabilities | undefined)[];
  fixed?: readonly (FixedChances | undefined)[];
  /** Starting guess at the share of pairs that are matches. Default 0.1. */
  initialMatchShare?: number;
  /** Default 200: EM on a few hundred distinct patterns settles well within that. */
  maxIterations?: number;
  /** Stop once no chance moves by more than this in an iteration. Default 1e-7. */
  tolerance?: number;
  /**
   * Pairs added to every level of every field in each class before dividing (a Dirichlet
   * prior). Default 1. Without it, a level no non-match candidate showed gets u ≈ 0 and a
   * weight of +20 bits, so one shared field alone would make a match.
   */
  pseudoCount?: number;
}

/** What {@link estimateMU} found. */
export interface MUEstimate {
  fields: FieldProbabilities[];
  /** The estimated share of the pairs that are matches. */
  matchShare: number;
  iterations: number;
  converged: boolean;
}

/** Tallies agreement patterns, in a fixed order so EM's sums (and so its result) never depend on input order. */
export function tallyPatterns(patterns: readonly (readonly AgreementLevel[])[]): PatternTally[] {
  const counts = new Map<string, { levels: readonly AgreementLevel[]; count: number }>();
  for (const levels of patterns) {
    const key = levels.join(',');
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { levels, count: 1 });
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

const asArray = (c: LevelChances) => [c.agree, c.partial, c.disagree];
const asChances = (a: readonly number[]): LevelChances => ({ agree: a[0]!, partial: a[1]!, disagree: a[2]! });

/** Holds a config's given chances: all of them, or just full agreement with the rest split as estimated. */
function applyFixed(estimated: LevelChances, given: FieldComparison['m']): LevelChances {
  if (given === undefined) return estimated;
  return chancesFrom(given, estimated);
}

/**
 * Estimates each field's m and u from unlabelled candidate pairs by
 * expectation–maximisation over a two-class mixture (match / non-match), taking fields
 * as independent within a class, as Fellegi–Sunter does. Missing levels drop out of a
 * field's sums. Deterministic: the same tallies always give the same estimate. If the
 * classes come out swapped (the "match" class agreeing less), they are swapped back.
 */
export function estimateMU(patterns: readonly PatternTally[], options: EstimateOptions = {}): MUEstimate {
  const fieldCount = patterns[0]?.levels.length ?? options.initial?.length ?? 0;
  const fixed = options.fixed ?? [];
  const m: number[][] = [];
  const u: number[][] = [];
  for (let f = 0; f < fieldCount; f++) {
    const start = options.initial?.[f];
    m.push(asArray(applyFixed(tidyChances(start?.m ?? DEFAULT_M), fixed[f]?.m)));
    u.push(asArray(applyFixed(tidyChances(start?.u ?? DEFAULT_U), fixed[f]?.u)));
  }
  const codes = patterns.map((p) => {
    if (p.levels.length !== fieldCount) throw new Error('every agreement pattern must have one level per field');
    return Uint8Array.from(p.levels, levelCode);
  });
  const counts = patterns.map((p) => p.count);
  const total = counts.reduce((sum, c) => sum + c, 0);
  let share = options.initialMatchShare ?? 0.1;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-7;
  const pseudo = options.pseudoCount ?? 1;
  let iterations = 0;
  let converged = total === 0;

  while (!converged && iterations < maxIterations) {
    iterations++;
    const mSums = m.map(() => [pseudo, pseudo, pseudo]);
    const uSums = u.map(() => [pseudo, pseudo, pseudo]);
    let matchSum = 0;
    const logPrior = Math.log(share) - Math.log(1 - share);
    codes.forEach((levels, t) => {
      let logit = logPrior;
      for (let f = 0; f < fieldCount; f++) {
        const l = levels[f]!;
        if (l !== MISSING_CODE) logit += Math.log(m[f]![l]!) - Math.log(u[f]![l]!);
      }
      const g = 1 / (1 + Math.exp(-logit));
      const count = counts[t]!;
      matchSum += g * count;
      for (let f = 0; f < fieldCount; f++) {
        const l = levels[f]!;
        if (l === MISSING_CODE) continue;
        mSums[f]![l]! += g * count;
        uSums[f]![l]! += (1 - g) * count;
      }
    });
    let change = Math.abs(matchSum / total - share);
    share = Math.min(Math.max(matchSum / total, MIN_CHANCE), 1 - MIN_CHANCE);
    for (let f = 0; f < fieldCount; f++) {
      const next = [
        asArray(applyFixed(normalised(mSums[f]!, m[f]!), fixed[f]?.m)),
        asArray(applyFixed(normalised(uSums[f]!, u[f]!), fixed[f]?.u)),
      ] as const;
      for (let l = 0; l < 3; l++) change = Math.max(change, Math.abs(next[0][l]! - m[f]![l]!), Math.abs(next[1][l]! - u[f]![l]!));
      m[f] = next[0];
      u[f] = next[1];
    }
    converged = change < tolerance;
  }

  const swapped = m.reduce((sum, mf, f) => sum + mf[0]! - u[f]![0]!, 0) < 0 && fixed.every((x) => !x?.m && !x?.u);
  const fields = m.map((mf, f) => (swapped ? { m: asChances(u[f]!), u: asChances(mf) } : { m: asChances(mf), u: asChances(u[f]!) }));
  return { fields, matchShare: swapped ? 1 - share : share, iterations, converged };
}

/** Sums made chances; a field with nothing to count keeps its previous chances. */
function normalised(sums: readonly number[], previous: readonly number[]): LevelChances {
  const total = sums[0]! + sums[1]! + sums[2]!;
  if (total <= 0) return asChances(previous);
  return tidyChances({ agree: sums[0]! / total, partial: sums[1]! / total, disagree: sums[2]! / total });
}
