import type { Scenario, SimulatedStrategy, SimulationResult } from '../../../preload/contract';
import { cutBatches } from './batches';
import { FailureDraws } from './failure-draws';
import { rejectedIn } from './record-fates';
import { runStrategy } from './run-strategy';
import { countOutcomes } from './summarise-strategy';
import type { Workload } from './workload';

/** Batch sizes tried, where the tables are big enough for them. */
const CANDIDATES = [100, 250, 500, 1000, 2000, 5000, 10_000, 25_000];
/** Each size is run under a few different draws of chance, so one lucky run does not decide. */
const REPLICATES = 5;

/**
 * Estimates how long a strategy takes, and how many patients it moves whole, at several
 * batch sizes: small batches pay each batch's fixed costs more often, large ones lose more
 * to each failure and meet more of the failures that grow with size. The recommended size
 * moves the most patients whole (within a percentage point), then finishes first.
 */
export function sweepBatchSizes(scenario: Scenario, workload: Workload, strategy: SimulatedStrategy): SimulationResult['batchSizes'] {
  const largest = Math.max(...workload.tables.map((t) => t.patient.length));
  const sizes = [...new Set([...CANDIDATES.filter((s) => s <= largest), scenario.pipeline.batchSize])].sort((a, b) => a - b);
  const rows = sizes.map((batchSize) => {
    let seconds = 0;
    let complete = 0;
    for (let r = 0; r < REPLICATES; r++) {
      const variant: Scenario = { ...scenario, seed: scenario.seed + r, pipeline: { ...scenario.pipeline, batchSize } };
      const batches = cutBatches(workload, batchSize);
      const trace = runStrategy(strategy, batches, variant, new FailureDraws(variant), (b) => rejectedIn(workload, b));
      const { patients } = countOutcomes(trace, workload, batchSize);
      seconds += trace.seconds;
      complete += (patients.complete + patients.warned) / Math.max(1, patients.total);
    }
    return { batchSize, seconds: Math.round(seconds / REPLICATES), completeShare: Math.round((complete / REPLICATES) * 10_000) / 10_000, recommended: false };
  });
  const bestShare = Math.max(...rows.map((r) => r.completeShare));
  const eligible = rows.filter((r) => r.completeShare >= bestShare - 0.01 - 1e-9);
  const pick = eligible.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  pick.recommended = true;
  return rows;
}
