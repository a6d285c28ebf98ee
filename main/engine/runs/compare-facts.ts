import { STAGES } from '../../../preload/contract';
import type {
  ComparedStageCell,
  ComparedTableCell,
  GateComparison,
  RuleChange,
  RuleComparison,
  RunComparison,
  StageComparison,
  TableComparison,
} from '../../../preload/contract/compare-schemas';
import type { RunFacts, TableFacts } from './run-facts';

/** A comparison before its findings are written. */
export type ComparisonTables = Omit<RunComparison, 'findings'>;

/**
 * Lines runs up side by side, the first as the baseline: per table, per stage, per rule and
 * per gate profile, each array indexed like `runs`. Pure, so it is tested on plain data.
 */
export function compareFacts(facts: readonly RunFacts[]): ComparisonTables {
  const baseline = facts[0];
  if (!baseline) throw new Error('compareFacts needs at least one run');
  return {
    baselineId: baseline.run.id,
    runs: facts.map((f) => f.run),
    tables: compareTables(facts),
    stages: compareStages(facts),
    rules: compareRules(facts),
    gates: compareGates(facts),
  };
}

function compareTables(facts: readonly RunFacts[]): TableComparison[] {
  const names = unique(facts.flatMap((f) => f.tables.map((t) => t.name)));
  return names.map((table) => {
    const found = facts.map((f) => f.tables.find((t) => t.name === table) ?? null);
    const base = found[0] ?? null;
    return { table, runs: found.map((t, i) => (t ? tableCell(t, i === 0 ? null : base) : null)) };
  });
}

function tableCell(t: TableFacts, base: TableFacts | null): ComparedTableCell {
  const { read, written, rejected, skipped, meanScore } = t;
  return {
    read,
    written,
    rejected,
    skipped,
    meanScore,
    delta: base ? { read: read - base.read, written: written - base.written, rejected: rejected - base.rejected, skipped: skipped - base.skipped } : null,
    scoreDelta: base && meanScore !== null && base.meanScore !== null ? meanScore - base.meanScore : null,
  };
}

function compareStages(facts: readonly RunFacts[]): StageComparison[] {
  return STAGES.map((stage) => {
    const totals = facts.map((f) => {
      const runs = f.stages.filter((s) => s.stage === stage);
      if (runs.length === 0) return null;
      const rows = runs.reduce((n, s) => n + s.rowsIn, 0);
      const millis = runs.reduce((n, s) => n + s.millis, 0);
      return { rows, millis, rowsPerSecond: millis > 0 ? rows / (millis / 1000) : null };
    });
    const base = totals[0]?.rowsPerSecond ?? null;
    const runs = totals.map((t, i): ComparedStageCell | null =>
      t ? { ...t, ratio: i > 0 && base && t.rowsPerSecond !== null ? t.rowsPerSecond / base : null } : null,
    );
    return { stage, runs };
  }).filter((s) => s.runs.some((cell) => cell !== null));
}

const CHANGE_ORDER: Record<RuleChange, number> = { new: 0, gone: 1, changed: 2, same: 3 };

function compareRules(facts: readonly RunFacts[]): RuleComparison[] {
  const keyOf = (f: { table: string; rule: string; severity: string }) => `${f.table}\u0000${f.rule}\u0000${f.severity}`;
  const seen = new Map<string, Pick<RuleComparison, 'table' | 'rule' | 'severity'>>();
  for (const f of facts.flatMap((r) => r.findings)) if (!seen.has(keyOf(f))) seen.set(keyOf(f), { table: f.table, rule: f.rule, severity: f.severity });
  const rules = [...seen.entries()].map(([key, id]): RuleComparison => {
    const counts = facts.map((r) => r.findings.filter((f) => keyOf(f) === key).reduce((n, f) => n + f.count, 0));
    const base = counts[0] ?? 0;
    const deltas = counts.map((c, i) => (i === 0 ? null : c - base));
    return { ...id, counts, deltas, change: ruleChange(counts) };
  });
  const biggestMove = (r: RuleComparison) => Math.max(0, ...r.deltas.map((d) => Math.abs(d ?? 0)));
  return rules.sort(
    (a, b) =>
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      biggestMove(b) - biggestMove(a) ||
      Math.max(...b.counts) - Math.max(...a.counts) ||
      a.table.localeCompare(b.table) ||
      a.rule.localeCompare(b.rule),
  );
}

/** New: the baseline never fired it and a later run did; gone: only the baseline fired it. */
function ruleChange(counts: readonly number[]): RuleChange {
  const [base = 0, ...others] = counts;
  if (base === 0 && others.some((c) => c > 0)) return 'new';
  if (base > 0 && others.every((c) => c === 0)) return 'gone';
  return others.some((c) => c !== base) ? 'changed' : 'same';
}

function compareGates(facts: readonly RunFacts[]): GateComparison[] {
  const profiles = unique(facts.flatMap((f) => f.verdicts.map((v) => v.profile))).sort();
  return profiles.map((profile) => ({ profile, verdicts: facts.map((f) => f.verdicts.find((v) => v.profile === profile)?.verdict ?? null) }));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
