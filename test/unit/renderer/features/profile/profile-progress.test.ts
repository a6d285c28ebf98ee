import { describe, expect, it } from 'vitest';
import type { ProfileEvent } from '../../../../../preload/contract';
import { applyProfileEvent, isScanning, overallShare, startingScan } from '../../../../../renderer/features/profile/profile-progress';

const progress = (table: string, rowsDone: number, totalRows: number | null): ProfileEvent => ({ type: 'progress', profileId: 'p1', table, rowsDone, totalRows });

describe('following a profiling scan from its events', () => {
  it('tells tables apart by order and ends every bar when the scan succeeds', () => {
    let scan = startingScan(3);
    expect(isScanning(scan)).toBe(true);
    scan = applyProfileEvent(scan, progress('a', 50, 100));
    expect(scan).toMatchObject({ profileId: 'p1', phase: 'running' });
    expect(overallShare(scan)).toBeCloseTo(0.5 / 3);
    scan = applyProfileEvent(scan, progress('b', 0, null));
    expect(scan.tables.map((t) => [t.table, t.done])).toEqual([['a', true], ['b', false]]);
    expect(overallShare(scan)).toBeCloseTo(1 / 3);
    scan = applyProfileEvent(scan, { type: 'progress', profileId: 'other', table: 'x', rowsDone: 1, totalRows: 1 });
    expect(scan.tables).toHaveLength(2);
    scan = applyProfileEvent(scan, { type: 'finished', profileId: 'p1', status: 'succeeded' });
    expect(isScanning(scan)).toBe(false);
    expect(overallShare(scan)).toBe(1);
  });

  it('keeps the failure message', () => {
    const scan = applyProfileEvent(startingScan(1), { type: 'failed', profileId: 'p1', message: 'source/x.csv:3: unbalanced quote' });
    expect(scan).toMatchObject({ phase: 'failed', failure: 'source/x.csv:3: unbalanced quote' });
  });
});
