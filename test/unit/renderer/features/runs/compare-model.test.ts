import { describe, expect, it } from 'vitest';
import type { ComparedTableCell } from '../../../../../preload/contract';
import { baselineOrder, countTone, issueTone, signedCount, throughputTone, withBaseline } from '../../../../../renderer/features/runs/compare-model';

const cell = (delta: ComparedTableCell['delta']): ComparedTableCell => ({ read: 10, written: 5, rejected: 5, skipped: 0, meanScore: null, delta, scoreDelta: null });

describe('compare model', () => {
  it('orders ticked runs oldest first, so the baseline is the earliest', () => {
    const runs = [
      { id: 'new', startedAt: '2026-03-01T00:00:00Z' },
      { id: 'old', startedAt: '2026-01-01T00:00:00Z' },
      { id: 'mid', startedAt: '2026-02-01T00:00:00Z' },
    ];
    expect(baselineOrder(['new', 'old', 'mid'], runs)).toEqual(['old', 'mid', 'new']);
    expect(withBaseline(['old', 'mid', 'new'], 'new')).toEqual(['new', 'old', 'mid']);
  });

  it('paints fewer rejects green and more red', () => {
    expect(countTone('rejected', cell({ read: 0, written: 3, rejected: -3, skipped: 0 }))).toBe('better');
    expect(countTone('rejected', cell({ read: 0, written: -3, rejected: 3, skipped: 0 }))).toBe('worse');
    expect(countTone('rejected', cell(null))).toBe('info');
  });

  it('does not paint a re-run whose rows were already loaded as a loss of written rows', () => {
    expect(countTone('written', cell({ read: 0, written: -2000, rejected: 0, skipped: 2000 }))).toBe('info');
    expect(countTone('written', cell({ read: 0, written: 3, rejected: -3, skipped: 0 }))).toBe('better');
    expect(countTone('written', cell({ read: 0, written: -3, rejected: 3, skipped: 0 }))).toBe('worse');
    expect(countTone('read', cell({ read: 50, written: 50, rejected: 0, skipped: 0 }))).toBe('info');
  });

  it('colours issues and throughput, and ignores timing noise', () => {
    expect([issueTone(-2), issueTone(3), issueTone(0), issueTone(null)]).toEqual(['better', 'worse', 'info', 'info']);
    expect([throughputTone(1.5), throughputTone(0.5), throughputTone(1.05), throughputTone(null)]).toEqual(['better', 'worse', 'info', 'info']);
    expect(throughputTone(0.5, [5000, 400])).toBe('info'); // a stage over in 0.4 s is timing noise
  });

  it('signs differences with a true minus', () => {
    const format = (n: number) => n.toLocaleString('en-GB');
    expect([signedCount(1200, format), signedCount(-3, format), signedCount(0, format)]).toEqual(['+1,200', '−3', '0']);
  });
});
