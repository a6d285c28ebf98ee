import { pairKey } from './agreement';
import type { LinkedPair } from './link-records';

/** How a run's decisions compare with known true pairs. */
export interface LinkEvaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Pairs neither matched nor true, among all pairs of the table; null without a record count. */
  trueNegatives: number | null;
  precision: number;
  recall: number;
  f1: number;
  /** Share of the true pairs that blocking made candidates: the recall no threshold can beat. */
  pairsCompleteness: number;
  /** Share of all pairs of the table that blocking spared comparing; null without a record count. */
  reductionRatio: number | null;
}

/** What else {@link evaluateAgainstLabels} needs to know. */
export interface EvaluateOptions {
  /** Records in the table, for the reduction ratio and true negatives. */
  records?: number;
  /** Count pairs sent to review as matches (a person would confirm them). Default false. */
  reviewAsMatch?: boolean;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Scores a run's pairs against ground truth (`a|b` keys, either order): precision, recall
 * and F1 of the pairs decided `match`, and how good the blocking was. Pass every candidate
 * pair, as {@link linkRecords} returns them, or pairs completeness undercounts.
 */
export function evaluateAgainstLabels(pairs: readonly LinkedPair[], truth: ReadonlySet<string>, options: EvaluateOptions = {}): LinkEvaluation {
  const trueKeys = new Set([...truth].map((key) => pairKey(...(key.split('|') as [string, string]))));
  let truePositives = 0;
  let falsePositives = 0;
  let trueCandidates = 0;
  for (const pair of pairs) {
    const isTrue = trueKeys.has(pairKey(pair.a, pair.b));
    if (isTrue) trueCandidates++;
    const predicted = pair.decision === 'match' || (options.reviewAsMatch === true && pair.decision === 'review');
    if (predicted && isTrue) truePositives++;
    else if (predicted) falsePositives++;
  }
  const falseNegatives = trueKeys.size - truePositives;
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, trueKeys.size);
  const allPairs = options.records === undefined ? null : (options.records * (options.records - 1)) / 2;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives: allPairs === null ? null : allPairs - truePositives - falsePositives - falseNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    pairsCompleteness: ratio(trueCandidates, trueKeys.size),
    reductionRatio: allPairs === null ? null : 1 - ratio(pairs.length, allPairs),
  };
}
