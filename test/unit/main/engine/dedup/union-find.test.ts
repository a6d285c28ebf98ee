import { describe, expect, it } from 'vitest';
import { clusterPairs, UnionFind } from '../../../../../main/engine/dedup/union-find';

describe('UnionFind', () => {
  it('joins sets transitively and keeps the others apart', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 3);
    sets.union(1, 3);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(4)).not.toBe(sets.find(0));
    expect(sets.find(5)).toBe(5);
  });

  it('stays shallow on a long chain', () => {
    const sets = new UnionFind(100_000);
    for (let i = 1; i < 100_000; i++) sets.union(i - 1, i);
    expect(sets.find(99_999)).toBe(sets.find(0));
  });
});

describe('clusterPairs', () => {
  it('gives connected components with sorted members and ids in a fixed order', () => {
    const clusters = clusterPairs([
      ['d', 'e'],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(clusters).toEqual([
      { id: 'cluster-1', members: ['a', 'b', 'c'] },
      { id: 'cluster-2', members: ['d', 'e'] },
    ]);
  });

  it('does not depend on the order of the pairs', () => {
    const pairs: [string, string][] = [['r3', 'r1'], ['r9', 'r8'], ['r1', 'r2'], ['r10', 'r8']];
    expect(clusterPairs([...pairs].reverse())).toEqual(clusterPairs(pairs));
    expect(clusterPairs([])).toEqual([]);
  });
});
