import type { GateMetric, GateResult } from '../../../../preload/contract/gate-schemas';

/**
 * A share as a percentage with two decimals. Rounding never shows a board something
 * better than it is: a share just below 1 prints as ">99.99%", never "100.00%", and one
 * just above 0 as "<0.01%", never "0.00%".
 */
export function share(x: number): string {
  const text = (x * 100).toFixed(2);
  if (x < 1 && text === '100.00') return '>99.99%';
  if (x > 0 && text === '0.00') return '<0.01%';
  return `${text}%`;
}

/** A share of a whole, or n/a when the whole is empty. */
export function rate(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : share(part / whole);
}

/** A count with thousands separators, the same on every machine (no locale). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The first 16 hex digits of a hash: enough to tell hashes apart by eye. */
export function shortHash(hash: string | null): string {
  return hash === null || hash === '' ? 'none' : hash.slice(0, 16);
}

/** An ISO timestamp as people read it (`2025-06-30 12:00:00 UTC`); anything else as given. */
export function when(iso: string | null): string {
  if (iso === null) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Each gate metric in words, and whether its measure is a share (printed as a percentage) or a count. */
export const GATE_METRIC_INFO: Readonly<Record<GateMetric, { label: string; share: boolean }>> = {
  errors: { label: 'Errors', share: false },
  warnings: { label: 'Warnings', share: false },
  unresolved_mappings: { label: 'Unresolved mappings', share: false },
  crosswalk_rejects: { label: 'Crosswalk rejects', share: false },
  population_ratio: { label: 'Population ratio', share: true },
  tables_written: { label: 'Tables written', share: false },
  reconciliation_parity: { label: 'Reconciliation parity', share: true },
  duplicate_rate: { label: 'Duplicate rate', share: true },
  mean_quality_score: { label: 'Mean quality score', share: true },
};

/** A gate's measure as a board reads it: shares as percentages, counts as numbers, n/a when unmeasured. */
export function gateValue(metric: GateMetric, value: number | null): string {
  if (value === null) return 'n/a';
  return GATE_METRIC_INFO[metric].share ? share(value) : count(value);
}

/** A gate's threshold in words: "at most 0", "at least 99.50%", "between … and …". */
export function thresholdText(gate: Pick<GateResult, 'metric' | 'min' | 'max'>): string {
  const f = (v: number) => gateValue(gate.metric, v);
  if (gate.min !== null && gate.max !== null) return `between ${f(gate.min)} and ${f(gate.max)}`;
  if (gate.min !== null) return `at least ${f(gate.min)}`;
  return gate.max !== null ? `at most ${f(gate.max)}` : 'no threshold';
}

/** "1 table", "2 tables". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
