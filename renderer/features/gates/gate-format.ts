import type { GateMetric, GateResult } from '../../../preload/contract';

/** Each metric in words, and whether it is a share (shown as a percentage) or a count. */
export const METRIC_INFO: Record<GateMetric, { label: string; share: boolean; help: string }> = {
  errors: { label: 'Errors', share: false, help: 'error issues found by the run' },
  warnings: { label: 'Warnings', share: false, help: 'warning issues found by the run' },
  unresolved_mappings: { label: 'Unresolved mappings', share: false, help: 'target fields the contract has not decided' },
  crosswalk_rejects: { label: 'Crosswalk rejects', share: false, help: 'codes not found in their crosswalk' },
  population_ratio: { label: 'Population ratio', share: true, help: 'source rows that reached the target' },
  tables_written: { label: 'Tables written', share: false, help: 'target tables with rows from the run' },
  reconciliation_parity: { label: 'Reconciliation parity', share: true, help: 'loaded rows still in the target exactly as loaded' },
  duplicate_rate: { label: 'Duplicate rate', share: true, help: 'rows sharing a key or failing a uniqueness rule' },
  mean_quality_score: { label: 'Mean quality score', share: true, help: 'mean of the rows’ quality scores' },
};

/** A gate's value as people read it: a share as a percentage, a count as a number; n/a when unmeasured. */
export function formatGateValue(metric: GateMetric, value: number | null): string {
  if (value === null) return 'n/a';
  return METRIC_INFO[metric].share ? `${(value * 100).toFixed(value > 0.999 && value < 1 ? 3 : 2)}%` : value.toLocaleString();
}

/** The threshold in words: "at most 0", "at least 99.50%", "between …". */
export function formatThreshold(gate: Pick<GateResult, 'metric' | 'min' | 'max'>): string {
  const f = (v: number) => formatGateValue(gate.metric, v);
  if (gate.min !== null && gate.max !== null) return `between ${f(gate.min)} and ${f(gate.max)}`;
  return gate.min !== null ? `at least ${f(gate.min)}` : `at most ${f(gate.max!)}`;
}
