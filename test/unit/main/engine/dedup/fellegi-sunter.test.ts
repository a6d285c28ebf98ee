import { describe, expect, it } from 'vitest';
import { chancesFrom, DEFAULT_M, levelWeights } from '../../../../../main/engine/dedup/fellegi-sunter';

describe('levelWeights', () => {
  it('is log2(m/u) for agreement and log2((1-m)/(1-u)) for disagreement', () => {
    const w = levelWeights({ m: { agree: 0.9, partial: 0, disagree: 0.1 }, u: { agree: 0.01, partial: 0, disagree: 0.99 } });
    expect(w.agree).toBeCloseTo(Math.log2(0.9 / 0.01), 9);
    expect(w.disagree).toBeCloseTo(Math.log2(0.1 / 0.99), 9);
    expect(w.missing).toBe(0);
  });

  it('weighs partial agreement by its own m and u, kept between the other two', () => {
    const w = levelWeights({ m: { agree: 0.8, partial: 0.15, disagree: 0.05 }, u: { agree: 0.01, partial: 0.04, disagree: 0.95 } });
    expect(w.partial).toBeCloseTo(Math.log2(0.15 / 0.04), 9);
    const odd = levelWeights({ m: { agree: 0.5, partial: 0.45, disagree: 0.05 }, u: { agree: 0.4, partial: 0.001, disagree: 0.599 } });
    expect(odd.partial).toBe(odd.agree);
  });

  it('lets the config override any level', () => {
    const w = levelWeights({ m: DEFAULT_M, u: { agree: 0.1, partial: 0.1, disagree: 0.8 } }, { agree: 12 });
    expect(w.agree).toBe(12);
    expect(w.disagree).toBeCloseTo(Math.log2(0.05 / 0.8), 9);
  });
});

describe('chancesFrom', () => {
  it('takes a number as full agreement and splits the rest like the fallback', () => {
    const c = chancesFrom(0.8, { agree: 0.9, partial: 0.05, disagree: 0.05 });
    expect(c.agree).toBeCloseTo(0.8, 9);
    expect(c.partial).toBeCloseTo(0.1, 9);
    expect(c.disagree).toBeCloseTo(0.1, 9);
    expect(chancesFrom({ agree: 0.7, partial: 0.2 }, DEFAULT_M).disagree).toBeCloseTo(0.1, 9);
    expect(chancesFrom(undefined, DEFAULT_M)).toBe(DEFAULT_M);
  });
});
