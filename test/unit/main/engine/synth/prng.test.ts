import { describe, expect, it } from 'vitest';
import { Prng, WeightedTable, deriveKey } from '../../../../../main/engine/synth/prng';

const draw = (rng: Prng, n: number): number[] => Array.from({ length: n }, () => rng.nextUint32());

describe('Prng', () => {
  it('repeats exactly for the same keys', () => {
    expect(draw(new Prng(42, 2, 7), 50)).toEqual(draw(new Prng(42, 2, 7), 50));
  });

  it('gives unrelated streams for neighbouring keys and for large seeds', () => {
    const a = draw(new Prng(42, 2, 7), 20);
    const b = draw(new Prng(42, 2, 8), 20);
    const c = draw(new Prng(42 + 2 ** 32, 2, 7), 20);
    expect(a).not.toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((value, i) => value === b[i])).toEqual([]);
    expect(deriveKey(1, 0)).not.toBe(deriveKey(0, 1));
  });

  it('keeps draws within their bounds and reaches both ends', () => {
    const rng = new Prng(1);
    const ints = Array.from({ length: 5000 }, () => rng.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const floats = Array.from({ length: 5000 }, () => rng.float());
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
    expect(rng.digits(12)).toMatch(/^\d{12}$/);
  });

  it('is roughly uniform and honours chance', () => {
    const rng = new Prng(9);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[rng.below(10)]!++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    let hits = 0;
    for (let i = 0; i < 100_000; i++) if (rng.chance(0.03)) hits++;
    expect(hits).toBeGreaterThan(2700);
    expect(hits).toBeLessThan(3300);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('WeightedTable', () => {
  it('draws in proportion to the weights and never a zero-weight item', () => {
    const table = new WeightedTable([['a', 1], ['b', 3], ['never', 0]] as const);
    const rng = new Prng(5);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[table.pick(rng)]!++;
    expect(counts.never).toBe(0);
    expect(counts.b! / counts.a!).toBeGreaterThan(2.7);
    expect(counts.b! / counts.a!).toBeLessThan(3.3);
  });

  it('favours earlier items when built by rank, and rejects empty tables', () => {
    const table = WeightedTable.byRank(['first', 'second', 'third', 'fourth']);
    const rng = new Prng(6);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const item = table.pick(rng);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect(counts.get('first')!).toBeGreaterThan(counts.get('fourth')!);
    expect(() => new WeightedTable([['x', 0]])).toThrow(RangeError);
  });
});
