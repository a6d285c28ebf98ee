import { describe, expect, it } from 'vitest';
import { cutBatches } from '../../../../../main/engine/simulate/batches';
import { FailureDraws } from '../../../../../main/engine/simulate/failure-draws';
import { rejectedIn } from '../../../../../main/engine/simulate/record-fates';
import { runStrategy } from '../../../../../main/engine/simulate/run-strategy';
import { summariseStrategy } from '../../../../../main/engine/simulate/summarise-strategy';
import type { SimulatedStrategy } from '../../../../../preload/contract';
import { scenarioOf, workloadOf } from './sim-fixtures';

// 300 patients with two records in each activity table; patient 7's own record has an
// invalid NHS number (refused), patient 20's first admission is an orphan (refused).
const workload = workloadOf(300, 2, [
  { table: 0, row: 7, kind: 'invalid_nhs_number' },
  { table: 1, row: 40, kind: 'orphan_admission' },
  { table: 2, row: 3, kind: 'encoding_damage' },
]);

function summary(strategy: SimulatedStrategy, failures = scenarioOf().failures) {
  const scenario = scenarioOf({ pipeline: { batchSize: 100 }, failures });
  const batches = cutBatches(workload, 100);
  return summariseStrategy(runStrategy(strategy, batches, scenario, new FailureDraws(scenario), (b) => rejectedIn(workload, b)), workload, batches, 100);
}

describe('summariseStrategy', () => {
  it('counts every record and patient once, by their fate', () => {
    const s = summary('parallel');
    expect(s.outcome).toBe('completed');
    expect(s.records).toEqual({ total: 2100, loaded: 2097, warned: 1, rejected: 2, failed: 0, halted: 0, rolledBack: 0 });
    // Patient 7 is not migrated, patient 20 is partly, patient 1 (the damaged text) warned.
    expect(s.patients).toEqual({ total: 300, complete: 297, warned: 1, partial: 1, notMigrated: 1 });
  });

  it('plays the patients from waiting to their end in the grid', () => {
    const s = summary('staged');
    const frames = s.grid.frames;
    expect(frames).toHaveLength(101);
    expect(frames[0]!.statuses).toMatch(/^[wp]+$/);
    const last = frames.at(-1)!.statuses;
    expect(last).toHaveLength(300);
    expect(last[7]).toBe('r');
    expect(last[20]).toBe('x');
    expect(last[1]).toBe('a');
    expect([...last].filter((l) => l === 'c')).toHaveLength(297);
    // Staged loads nothing until the load stage: half way through, nobody is whole yet.
    expect(frames[50]!.statuses).not.toMatch(/c/);
  });

  it('draws committed records rising to what was loaded, and a rollback back to none', () => {
    const s = summary('parallel');
    const loaded = s.progress.map((p) => p.loaded);
    expect(loaded[0]).toBe(0);
    expect(loaded.at(-1)).toBe(2098);
    expect(loaded.every((v, i) => i === 0 || v >= loaded[i - 1]!)).toBe(true);
    const rolled = summary('big_bang', [{ substage: 'load.verification', kind: 'validation_failure', rate: 1 }]);
    expect(rolled.outcome).toBe('rolled_back');
    expect(Math.max(...rolled.progress.map((p) => p.loaded))).toBe(2098);
    expect(rolled.progress.at(-1)!.loaded).toBe(0);
    expect(rolled.patients.notMigrated).toBe(300);
  });

  it('accounts for the workers’ time: utilisation between 0 and 1, time lost listed', () => {
    const s = summary('parallel', [{ substage: 'extract.connect', kind: 'network_timeout', rate: 0.4 }]);
    expect(s.utilisation).toBeGreaterThan(0);
    expect(s.utilisation).toBeLessThanOrEqual(1);
    expect(s.lost.failedAttempts).toBeGreaterThan(0);
    expect(s.substages.find((x) => x.substage === 'extract.connect')!.failures).toBe(s.failures[0]!.occurrences);
    expect(s.events.some((e) => e.level === 'warning' && /network timeout at extract\.connect/.test(e.text))).toBe(true);
  });
});
