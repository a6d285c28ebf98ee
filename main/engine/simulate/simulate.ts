import { type ScenarioInput, type SimulationResult, type StrategyResult } from '../../../preload/contract';
import { DEFECT_KINDS } from '../synth/defects';
import { sweepBatchSizes } from './batch-size-sweep';
import { cutBatches } from './batches';
import { DEFECT_OUTCOMES } from './defect-outcomes';
import { FailureDraws } from './failure-draws';
import { recommend } from './recommend';
import { rejectedIn } from './record-fates';
import { runStrategy } from './run-strategy';
import { parseScenario } from './scenario-file';
import { summariseStrategy } from './summarise-strategy';
import { buildWorkload, NO_DEFECT, type Workload } from './workload';

/**
 * Rehearses a migration: generates the scenario's synthetic patients, runs the same
 * batches under each strategy on a simulated clock with the scenario's failures, and
 * compares them, with advice and an estimate of the best batch size.
 */
export async function simulate(input: ScenarioInput, label = 'scenario'): Promise<SimulationResult> {
  const started = performance.now();
  const scenario = parseScenario(input, label);
  const workload = await buildWorkload(scenario);
  const batches = cutBatches(workload, scenario.pipeline.batchSize);
  const draws = new FailureDraws(scenario);
  const strategies = scenario.pipeline.strategies.map((strategy) =>
    summariseStrategy(runStrategy(strategy, batches, scenario, draws, (b) => rejectedIn(workload, b)), workload, batches, scenario.pipeline.batchSize),
  );
  const best = bestOf(strategies);
  const result: Omit<SimulationResult, 'recommendations' | 'millis'> = {
    scenario,
    workload: describeWorkload(workload, batches.map((b) => b.table)),
    strategies,
    best: best.strategy,
    batchSizes: sweepBatchSizes(scenario, workload, best.strategy),
  };
  return { ...result, recommendations: recommend(result), millis: Math.round(performance.now() - started) };
}

/** The strategy that moves the most patients whole, then the quickest. */
export function bestOf(strategies: readonly StrategyResult[]): StrategyResult {
  const whole = (s: StrategyResult) => s.patients.complete + s.patients.warned;
  return strategies.reduce((a, b) => (whole(b) > whole(a) || (whole(b) === whole(a) && b.seconds < a.seconds) ? b : a));
}

function describeWorkload(workload: Workload, batchTables: number[]): SimulationResult['workload'] {
  const counts = new Map<number, number>();
  for (const table of workload.tables) {
    for (const d of table.defect) if (d !== NO_DEFECT) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return {
    patients: workload.patients,
    records: workload.tables.reduce((n, t) => n + t.patient.length, 0),
    tables: workload.tables.map((t, i) => ({ name: t.name, records: t.patient.length, batches: batchTables.filter((b) => b === i).length })),
    defects: DEFECT_KINDS.map((kind, i) => ({ kind, count: counts.get(i) ?? 0, ...DEFECT_OUTCOMES[kind] })).filter((d) => d.count > 0),
    orphans: workload.orphans,
  };
}

