import { describe, expect, it } from 'vitest';
import { SUBSTAGES } from '../../../../../preload/contract';
import { cutBatches } from '../../../../../main/engine/simulate/batches';
import { FailureDraws } from '../../../../../main/engine/simulate/failure-draws';
import { rejectedIn } from '../../../../../main/engine/simulate/record-fates';
import { runStrategy, type StrategyTrace } from '../../../../../main/engine/simulate/run-strategy';
import type { Scenario, SimulatedStrategy } from '../../../../../preload/contract';
import { scenarioOf, workloadOf } from './sim-fixtures';

const workload = workloadOf(400, 2);

function run(strategy: SimulatedStrategy, scenario: Scenario): StrategyTrace {
  const batches = cutBatches(workload, scenario.pipeline.batchSize);
  return runStrategy(strategy, batches, scenario, new FailureDraws(scenario), (b) => rejectedIn(workload, b));
}

const failedBatches = (trace: StrategyTrace) => trace.units.flatMap((u) => (u.state === 'failed' ? u.batches.map((b) => b.index) : []));

describe('runStrategy', () => {
  it('loads every batch when nothing fails, each strategy on its own schedule', () => {
    const scenario = scenarioOf({ pipeline: { batchSize: 100, workers: 4 } });
    const staged = run('staged', scenario);
    const parallel = run('parallel', scenario);
    const bigBang = run('big_bang', scenario);
    for (const trace of [staged, parallel, bigBang]) {
      expect(trace.units.every((u) => u.state === 'done')).toBe(true);
      expect(trace.haltedAt).toBeNull();
      expect(trace.retries).toBe(0);
    }
    expect(staged.units).toHaveLength(28); // 400 patients + 3 × 800 activity records in batches of 100
    expect(bigBang.units).toHaveLength(1);
    expect(bigBang.workers).toBe(1);
    // Staged waits at three checkpoints; parallel never does.
    expect(staged.lost.checkpoints).toBe(180);
    expect(parallel.lost.checkpoints).toBe(0);
    expect(parallel.seconds).toBeLessThan(staged.seconds);
    expect(parallel.seconds).toBeLessThan(bigBang.seconds);
  });

  it('gives the same answer for the same scenario', () => {
    const scenario = scenarioOf({ failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 0.3 }], pipeline: { batchSize: 100 } });
    expect(run('parallel', scenario)).toEqual(run('parallel', scenario));
  });

  it('lets one writer into production at a time, whatever the workers', () => {
    const scenario = scenarioOf({ pipeline: { batchSize: 50, workers: 16 } });
    const trace = run('parallel', scenario);
    expect(trace.lost.lockWait).toBeGreaterThan(0);
    expect(trace.seconds).toBeGreaterThanOrEqual(trace.busy['load.production']);
  });

  it('retries a transient failure after a wait and recovers when attempts allow', () => {
    const scenario = scenarioOf({
      pipeline: { batchSize: 100 },
      failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 0.5 }],
      retry: { maxAttempts: 20, baseDelaySeconds: 5, factor: 2, maxDelaySeconds: 60, jitter: 0 },
    });
    const trace = run('parallel', scenario);
    const tally = trace.failures.find((f) => f.kind === 'network_timeout')!;
    expect(tally.occurrences).toBeGreaterThan(5);
    expect(tally.recovered).toBe(tally.occurrences);
    expect(tally.permanent).toBe(0);
    expect(trace.retries).toBe(tally.occurrences);
    expect(trace.lost.backoff).toBeGreaterThan(0);
    // A timeout holds the worker for thirty seconds before it fails.
    expect(trace.lost.failedAttempts).toBeCloseTo(30 * tally.occurrences, 6);
    expect(trace.units.every((u) => u.state === 'done')).toBe(true);
  });

  it('fails the batch when a transient failure outlasts the attempts', () => {
    const scenario = scenarioOf({ pipeline: { batchSize: 100 }, failures: [{ substage: 'extract.connect', kind: 'system_unavailable', rate: 0.5 }], retry: { maxAttempts: 1 } });
    const trace = run('parallel', scenario);
    const failed = trace.units.filter((u) => u.state === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((u) => u.failedIn === SUBSTAGES.indexOf('extract.connect') && u.committedAt === null)).toBe(true);
    expect(trace.retries).toBe(0);
  });

  it('meets the same data failures on the same batches under staged and parallel, and a big bang rolls back', () => {
    // Failures of the data strike per 1000 records: a batch of 100 meets this one with a chance of 0.08.
    const scenario = scenarioOf({ pipeline: { batchSize: 100 }, failures: [{ substage: 'transform.map', kind: 'mapping_error', rate: 0.8, tables: ['diagnoses'] }] });
    const staged = run('staged', scenario);
    const parallel = run('parallel', scenario);
    const bigBang = run('big_bang', scenario);
    expect(failedBatches(staged).length).toBeGreaterThan(0);
    expect(failedBatches(staged)).toEqual(failedBatches(parallel));
    // Only diagnoses batches can fail: they are the last eight.
    expect(failedBatches(staged).every((i) => i >= 20)).toBe(true);
    expect(bigBang.rolledBackAt).not.toBeNull();
    expect(bigBang.units[0]!.state).toBe('rolled_back');
    expect(bigBang.lost.rollback).toBeGreaterThanOrEqual(120);
  });

  it('reads a corrupted batch again, counting the re-read as a retry', () => {
    const scenario = scenarioOf({ pipeline: { batchSize: 400 }, failures: [{ substage: 'load.staging', kind: 'data_corruption', rate: 1 }], retry: { maxAttempts: 10 } });
    const trace = run('parallel', scenario);
    const tally = trace.failures.find((f) => f.kind === 'data_corruption')!;
    expect(tally.occurrences).toBeGreaterThan(0);
    expect(tally.recovered).toBe(tally.occurrences);
    expect(trace.retries).toBe(tally.occurrences);
    expect(trace.units.every((u) => u.state === 'done')).toBe(true);
  });

  it('stops the run at a security violation: committed batches stay, the rest halt', () => {
    const scenario = scenarioOf({ pipeline: { batchSize: 50, workers: 2 }, failures: [{ substage: 'load.production', kind: 'security_violation', rate: 0.15 }] });
    const trace = run('parallel', scenario);
    expect(trace.haltedAt).not.toBeNull();
    const halted = trace.units.filter((u) => u.state === 'halted');
    const done = trace.units.filter((u) => u.state === 'done');
    expect(halted.length).toBeGreaterThan(0);
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((u) => u.settledAt! <= trace.haltedAt!)).toBe(true);
    expect(halted.every((u) => u.settledAt === trace.haltedAt)).toBe(true);
    expect(trace.units.some((u) => u.state === 'waiting' || u.state === 'running')).toBe(false);
  });
});
