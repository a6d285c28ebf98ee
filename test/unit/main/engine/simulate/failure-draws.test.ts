import { describe, expect, it } from 'vitest';
import type { Batch } from '../../../../../main/engine/simulate/batches';
import { FailureDraws } from '../../../../../main/engine/simulate/failure-draws';
import { scenarioOf } from './sim-fixtures';

const batch = (index: number, records: number, tableName = 'patients'): Batch => ({ index, table: 0, tableName, seq: index + 1, start: 0, end: records });

function strikeShare(draws: FailureDraws, records: number, substage: 'extract.connect' | 'load.production'): number {
  let hits = 0;
  for (let i = 0; i < 4000; i++) if (draws.strike([batch(i, records)], i, substage, 1)) hits++;
  return hits / 4000;
}

describe('FailureDraws', () => {
  it('strikes an operation at its rate, whatever the batch size', () => {
    const draws = new FailureDraws(scenarioOf({ failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 0.1 }] }));
    expect(strikeShare(draws, 100, 'extract.connect')).toBeCloseTo(0.1, 1);
    expect(strikeShare(draws, 5000, 'extract.connect')).toBeCloseTo(0.1, 1);
  });

  it('strikes the data per 1000 records, so a bigger batch meets it more often', () => {
    const draws = new FailureDraws(scenarioOf({ failures: [{ substage: 'load.production', kind: 'resource_exhaustion', rate: 0.1 }] }));
    expect(strikeShare(draws, 500, 'load.production')).toBeCloseTo(0.05, 1);
    expect(strikeShare(draws, 3000, 'load.production')).toBeCloseTo(0.3, 1);
  });

  it('draws the same for the same batch, substage and attempt, and differently for the next attempt', () => {
    const scenario = scenarioOf({ failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 0.5 }] });
    const a = new FailureDraws(scenario);
    const b = new FailureDraws(scenario);
    const first = Array.from({ length: 50 }, (_, i) => a.strike([batch(i, 10)], i, 'extract.connect', 1));
    expect(Array.from({ length: 50 }, (_, i) => b.strike([batch(i, 10)], i, 'extract.connect', 1))).toEqual(first);
    expect(Array.from({ length: 50 }, (_, i) => a.strike([batch(i, 10)], i, 'extract.connect', 2))).not.toEqual(first);
  });

  it('keeps a rule to its tables', () => {
    const draws = new FailureDraws(scenarioOf({ failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 1, tables: ['diagnoses'] }] }));
    expect(draws.strike([batch(0, 10, 'patients')], 0, 'extract.connect', 1)).toBeNull();
    expect(draws.strike([batch(0, 10, 'diagnoses')], 0, 'extract.connect', 1)).toBe('network_timeout');
  });

  it('spreads durations around the typical time and grows them with the records', () => {
    const draws = new FailureDraws(scenarioOf({ timing: { 'extract.query': { fixedSeconds: 10, perRecordMs: 100 } } }));
    const times = Array.from({ length: 500 }, (_, i) => draws.seconds('extract.query', 100, i, 1));
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    expect(mean).toBeGreaterThan(19);
    expect(mean).toBeLessThan(21);
    expect(Math.min(...times)).toBeLessThan(18);
    expect(Math.max(...times)).toBeGreaterThan(22);
    expect(draws.seconds('extract.query', 1000, 1, 1)).toBeGreaterThan(draws.seconds('extract.query', 100, 1, 1) * 5);
  });

  it('waits longer before each retry, up to the cap, within the jitter', () => {
    const draws = new FailureDraws(scenarioOf({ retry: { baseDelaySeconds: 10, factor: 2, maxDelaySeconds: 50, jitter: 0.2, maxAttempts: 6 } }));
    const waits = [1, 2, 3, 4, 5].map((attempt) => draws.backoff(0, 'extract.connect', attempt));
    [10, 20, 40, 50, 50].forEach((plain, i) => {
      expect(waits[i]).toBeGreaterThanOrEqual(plain * 0.8);
      expect(waits[i]).toBeLessThanOrEqual(plain * 1.2);
    });
  });
});
