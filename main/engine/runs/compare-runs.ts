import type { RunComparison } from '../../../preload/contract/compare-schemas';
import { COMPARE_MAX_RUNS, COMPARE_MIN_RUNS } from '../../../preload/contract/compare-schemas';
import { UserError } from '../errors';
import type { RunStore } from '../../store/run-store';
import { compareFacts } from './compare-facts';
import { comparisonFindings } from './comparison-findings';
import { readRunFacts } from './run-facts';

/**
 * Runs side by side, the first id as the baseline the others are measured against: their
 * headers, counts per table, throughput per stage, issues per rule, gate verdicts and the
 * differences in plain English. An unknown id is NOT_FOUND, naming it.
 */
export function compareRuns(store: RunStore, runIds: readonly string[]): RunComparison {
  if (runIds.length < COMPARE_MIN_RUNS || runIds.length > COMPARE_MAX_RUNS) {
    throw new UserError(`compare ${COMPARE_MIN_RUNS} to ${COMPARE_MAX_RUNS} runs, not ${runIds.length}`, { field: 'runIds' });
  }
  const twice = runIds.find((id, i) => runIds.indexOf(id) !== i);
  if (twice) throw new UserError(`run ${twice} is named twice; compare different runs`, { field: 'runIds' });
  const facts = runIds.map((id) => readRunFacts(store, id));
  const tables = compareFacts(facts);
  return { ...tables, findings: comparisonFindings(tables) };
}
