import { describe, expect, it } from 'vitest';
import type { AgreementLevel } from '../../../../../main/engine/dedup/agreement';
import { estimateMU, tallyPatterns } from '../../../../../main/engine/dedup/estimate-mu';
import type { LevelChances } from '../../../../../main/engine/dedup/fellegi-sunter';

/** A seeded generator, so the synthetic pairs are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function draw(chances: LevelChances, r: number): AgreementLevel {
  if (r < chances.agree) return 'agree';
  return r < chances.agree + chances.partial ? 'partial' : 'disagree';
}

const TRUE_SHARE = 0.2;
const TRUE_FIELDS: { m: LevelChances; u: LevelChances }[] = [
  { m: { agree: 0.9, partial: 0.07, disagree: 0.03 }, u: { agree: 0.05, partial: 0.1, disagree: 0.85 } },
  { m: { agree: 0.8, partial: 0.15, disagree: 0.05 }, u: { agree: 0.2, partial: 0.1, disagree: 0.7 } },
  { m: { agree: 0.95, partial: 0.0, disagree: 0.05 }, u: { agree: 0.01, partial: 0.0, disagree: 0.99 } },
  { m: { agree: 0.7, partial: 0.2, disagree: 0.1 }, u: { agree: 0.1, partial: 0.3, disagree: 0.6 } },
];

/** Pairs drawn from the known mixture, each field blank one time in ten. */
function syntheticPatterns(count: number): AgreementLevel[][] {
  const random = seeded(42);
  return Array.from({ length: count }, () => {
    const isMatch = random() < TRUE_SHARE;
    return TRUE_FIELDS.map((f) => {
      const level = draw(isMatch ? f.m : f.u, random());
      return random() < 0.1 ? 'missing' : level;
    });
  });
}

describe('estimateMU', () => {
  const patterns = tallyPatterns(syntheticPatterns(50_000));

  it('recovers the m, u and match share of a known mixture', () => {
    const estimate = estimateMU(patterns);
    expect(estimate.converged).toBe(true);
    expect(estimate.matchShare).toBeCloseTo(TRUE_SHARE, 2);
    estimate.fields.forEach((f, i) => {
      for (const level of ['agree', 'partial', 'disagree'] as const) {
        expect(Math.abs(f.m[level] - TRUE_FIELDS[i]!.m[level])).toBeLessThan(0.02);
        expect(Math.abs(f.u[level] - TRUE_FIELDS[i]!.u[level])).toBeLessThan(0.02);
      }
    });
  });

  it('is deterministic and independent of the order of the pairs', () => {
    const reversed = tallyPatterns(syntheticPatterns(50_000).reverse());
    expect(estimateMU(reversed)).toEqual(estimateMU(patterns));
  });

  it('keeps what the config fixed and stops at the iteration cap', () => {
    const fixed = estimateMU(patterns, { fixed: [{ m: 0.5 }, undefined, undefined, { u: { agree: 0.1, partial: 0.3 } }] });
    expect(fixed.fields[0]!.m.agree).toBeCloseTo(0.5, 6);
    expect(fixed.fields[3]!.u).toEqual({ agree: expect.closeTo(0.1, 6), partial: expect.closeTo(0.3, 6), disagree: expect.closeTo(0.6, 6) });
    const capped = estimateMU(patterns, { maxIterations: 2 });
    expect(capped.iterations).toBe(2);
    expect(capped.converged).toBe(false);
  });

  it('swaps the classes back when the start made "match" the class that agrees less', () => {
    const start = TRUE_FIELDS.map((f) => ({ m: f.u, u: f.m }));
    const estimate = estimateMU(patterns, { initial: start, initialMatchShare: 0.8 });
    expect(estimate.matchShare).toBeCloseTo(TRUE_SHARE, 2);
    expect(estimate.fields[2]!.m.agree).toBeGreaterThan(0.9);
  });

  it('never lets an unseen level give an infinite weight', () => {
    const estimate = estimateMU(tallyPatterns([...Array(50).fill(['agree', 'agree']), ...Array(500).fill(['disagree', 'disagree'])]));
    for (const f of estimate.fields) for (const chance of [...Object.values(f.m), ...Object.values(f.u)]) expect(chance).toBeGreaterThan(0);
  });

  it('returns the starting point for no pairs at all', () => {
    expect(estimateMU([], { initial: [TRUE_FIELDS[0]!] }).fields[0]!.m.agree).toBeCloseTo(0.9, 6);
  });
});
