import { LEVELS, type AgreementLevel } from './agreement';
import type { DedupConfig } from './dedup-config';
import { estimateMU, type PatternTally } from './estimate-mu';
import { chancesFrom, DEFAULT_M, DEFAULT_U, levelWeights, type FieldProbabilities, type LevelWeights } from './fellegi-sunter';
import type { PreparedField } from './prepared-fields';
import { sampleU } from './sample-u';

/** One field's fitted model: chances and the log2 weights they give. */
export interface FieldModel extends FieldProbabilities {
  field: string;
  weights: LevelWeights;
}

/** The Fellegi–Sunter model a run used: no values, only chances and weights. */
export interface LinkModel {
  fields: FieldModel[];
  /** EM's estimate of the share of candidate pairs that match; null without EM. */
  matchShare: number | null;
  iterations: number;
  converged: boolean;
}

/** Tallies the candidate pairs' patterns from their level codes (one byte per field per pair). */
function tallyCodes(codes: Uint8Array, fieldCount: number): PatternTally[] {
  const counts = new Map<string, number>();
  for (let offset = 0; offset < codes.length; offset += fieldCount) {
    const key = String.fromCharCode(...codes.subarray(offset, offset + fieldCount));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, count]) => ({ levels: [...key].map((c) => LEVELS[c.charCodeAt(0)] as AgreementLevel), count }));
}

/**
 * Works out m, u and weights for every field: u starts from random pairs, m from the
 * default; EM (unless the config says `estimate: none`) then fits both to the candidate
 * pairs, holding whatever the config gave.
 */
export function fitModel(config: DedupConfig, fields: readonly PreparedField[], recordCount: number, codes: Uint8Array): LinkModel {
  const sampled = sampleU(fields, recordCount);
  const initial = config.fields.map((spec, f) => ({ m: chancesFrom(spec.m, DEFAULT_M), u: chancesFrom(spec.u, sampled[f] ?? DEFAULT_U) }));
  let probabilities: FieldProbabilities[] = initial;
  let matchShare: number | null = null;
  let iterations = 0;
  let converged = true;
  if (config.estimate === 'em' && codes.length > 0) {
    const estimate = estimateMU(tallyCodes(codes, fields.length), { initial, fixed: config.fields.map((spec) => ({ m: spec.m, u: spec.u })) });
    ({ matchShare, iterations, converged } = estimate);
    probabilities = estimate.fields;
  }
  return {
    fields: config.fields.map((spec, f) => ({ field: spec.field, ...probabilities[f]!, weights: levelWeights(probabilities[f]!, spec.weight) })),
    matchShare,
    iterations,
    converged,
  };
}
