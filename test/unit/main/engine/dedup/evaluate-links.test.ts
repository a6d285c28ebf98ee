import { describe, expect, it } from 'vitest';
import { evaluateAgainstLabels } from '../../../../../main/engine/dedup/evaluate-links';
import { febrlTruth } from '../../../../../main/engine/dedup/febrl';
import type { LinkedPair } from '../../../../../main/engine/dedup/link-records';

const pair = (a: string, b: string, decision: LinkedPair['decision']): LinkedPair => ({ a, b, weight: 0, levels: {}, decision });

describe('febrlTruth', () => {
  it('pairs every two records of the same person, and ignores other ids', () => {
    const truth = febrlTruth(['rec-1-org', 'rec-1-dup-0', 'rec-1-dup-1', 'rec-2-org', 'rec-3-dup-0', 'rec-3-org', 'other']);
    expect([...truth].sort()).toEqual(['rec-1-dup-0|rec-1-dup-1', 'rec-1-dup-0|rec-1-org', 'rec-1-dup-1|rec-1-org', 'rec-3-dup-0|rec-3-org']);
  });
});

describe('evaluateAgainstLabels', () => {
  const truth = new Set(['a|b', 'd|c', 'e|f']);
  const pairs = [pair('a', 'b', 'match'), pair('c', 'd', 'review'), pair('a', 'c', 'match'), pair('b', 'c', 'non_match')];

  it('scores the matched pairs, in either order of ids', () => {
    const score = evaluateAgainstLabels(pairs, truth, { records: 6 });
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 2, trueNegatives: 11 });
    expect(score.precision).toBeCloseTo(0.5, 9);
    expect(score.recall).toBeCloseTo(1 / 3, 9);
    expect(score.f1).toBeCloseTo(0.4, 9);
    expect(score.pairsCompleteness).toBeCloseTo(2 / 3, 9);
    expect(score.reductionRatio).toBeCloseTo(1 - 4 / 15, 9);
  });

  it('can count review pairs as matches, and leaves the ratios it cannot know null', () => {
    const score = evaluateAgainstLabels(pairs, truth, { reviewAsMatch: true });
    expect(score.truePositives).toBe(2);
    expect(score.reductionRatio).toBeNull();
    expect(score.trueNegatives).toBeNull();
    expect(evaluateAgainstLabels([], new Set()).f1).toBe(0);
  });
});
