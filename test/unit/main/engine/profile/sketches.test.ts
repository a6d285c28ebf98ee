import { describe, expect, it } from 'vitest';
import { FrequentValues } from '../../../../../main/engine/profile/frequent-values';
import { HyperLogLog } from '../../../../../main/engine/profile/hyperloglog';
import { exactQuartiles, QuartileSketch } from '../../../../../main/engine/profile/quartiles';
import { kthLargest } from '../../../../../main/engine/profile/select';
import { scanValue, ValueShape } from '../../../../../main/engine/profile/value-shape';
import { seededInt } from './profile-helpers';

const shape = new ValueShape();
function hashOf(value: string): number {
  scanValue(value, shape);
  return shape.hash;
}

describe('HyperLogLog', () => {
  it('estimates 1M distinct values (hashed by the value scan) within 2%', () => {
    const hll = new HyperLogLog();
    for (let i = 0; i < 1_000_000; i++) hll.add(hashOf(`P${String(i).padStart(7, '0')}`));
    expect(Math.abs(hll.estimate() / 1_000_000 - 1)).toBeLessThan(0.02);
  });

  it('is close on small sets and ignores repeats', () => {
    const hll = new HyperLogLog();
    expect(hll.estimate()).toBe(0);
    for (let r = 0; r < 3; r++) for (let i = 0; i < 1000; i++) hll.add(hashOf(`value ${i}`));
    expect(Math.abs(hll.estimate() / 1000 - 1)).toBeLessThan(0.02);
  });
});

describe('FrequentValues', () => {
  it('finds the heavy hitters of a skewed stream with counts that are never too high', () => {
    const random = seededInt(7);
    const truth = new Map<string, number>();
    const counter = new FrequentValues(100);
    for (let i = 0; i < 200_000; i++) {
      // Zipf-like: value k with probability about 1/k, over 50,000 values.
      const k = Math.floor(Math.exp(random(1_000_000) / 1_000_000 * Math.log(50_000)));
      const value = `v${k}`;
      truth.set(value, (truth.get(value) ?? 0) + 1);
      counter.addOne(value, hashOf(value));
    }
    const expected = [...truth].sort((a, b) => b[1] - a[1]).slice(0, 10);
    const top = counter.top(10);
    expect(top.map((t) => t.key)).toEqual(expected.map(([v]) => v));
    for (const { key, count } of top) {
      expect(count).toBeLessThanOrEqual(truth.get(key)!);
      // Off by at most the pruned weight and one doorkeeper sighting.
      expect(count).toBeGreaterThanOrEqual(truth.get(key)! - counter.undercount - 1);
    }
  });

  it('counts weighted additions exactly while it has room', () => {
    const counter = new FrequentValues(10);
    counter.add('a', hashOf('a'), 5);
    counter.add('b', hashOf('b'), 2);
    counter.add('a', hashOf('a'), 3);
    expect(counter.top(5)).toEqual([{ key: 'a', count: 8 }, { key: 'b', count: 2 }]);
  });
});

describe('quartiles', () => {
  it('interpolates exact quartiles between ranks', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(exactQuartiles(values, values.map(() => 1))).toEqual([25.75, 50.5, 75.25]);
    expect(exactQuartiles([3, 1, 2], [1, 2, 1])).toEqual([1, 1.5, 2.25]);
    expect(exactQuartiles([], [])).toBeNull();
  });

  it('sketches quartiles within 1% of the exact values', () => {
    const random = seededInt(3);
    const values = Array.from({ length: 200_000 }, () => 1 + random(1_000_000) / 100);
    const sketch = new QuartileSketch();
    for (const v of values) sketch.add(v, 1);
    const exact = exactQuartiles(values, values.map(() => 1))!;
    const approx = sketch.quartiles()!;
    for (let i = 0; i < 3; i++) expect(Math.abs(approx[i]! / exact[i]! - 1)).toBeLessThan(0.01);
  });
});

describe('kthLargest', () => {
  it('selects like a sort would', () => {
    const random = seededInt(11);
    for (let round = 0; round < 50; round++) {
      const n = 1 + random(300);
      const values = Float64Array.from({ length: n }, () => random(20));
      const sorted = [...values].sort((a, b) => b - a);
      const k = random(n);
      expect(kthLargest(values, n, k)).toBe(sorted[k]);
    }
  });
});
