import { describe, expect, it } from 'vitest';
import { routeHref } from '../../../../../renderer/components/use-hash-route';
import { canCompare, compareIdsOf, compareItem } from '../../../../../renderer/features/runs/compare-route';

describe('compare route', () => {
  it('round-trips the compared ids through the hash, baseline first, readable', () => {
    const ids = ['20261122-053001-7f3a', '20261123-101500-0b1c'];
    const href = routeHref('runs', compareItem(ids));
    expect(href).toBe('#/runs/compare~20261122-053001-7f3a~20261123-101500-0b1c');
    const item = decodeURIComponent(href.split('/')[2]!);
    expect(compareIdsOf(item)).toEqual(ids);
  });

  it('tells a comparison from a run id, drops repeats and keeps at most four', () => {
    expect(compareIdsOf('20261122-053001-7f3a')).toBeNull();
    expect(compareIdsOf(null)).toBeNull();
    expect(compareIdsOf('compare~a~a~b')).toEqual(['a', 'b']);
    expect(compareIdsOf('compare~a~b~c~d~e')).toEqual(['a', 'b', 'c', 'd']);
    expect(compareIdsOf('compare~')).toEqual([]);
  });

  it('compares two to four runs', () => {
    expect([0, 1, 2, 3, 4, 5].map(canCompare)).toEqual([false, false, true, true, true, false]);
  });
});
