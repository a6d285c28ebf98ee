import type { QualityReport } from '../../../preload/contract/quality-schemas';
import { PatientQualityStore } from '../../store/patient-quality-store';
import { QualityStore } from '../../store/quality-store';
import type { RunStore } from '../../store/run-store';
import type { DeclaredRule } from './rule-definition';

/**
 * The quality of one run (the newest when no id is given, null when there is none):
 * its mean row score, per table and per rule, every check that fired, and its patients'
 * scores.
 */
export function qualityReport(store: RunStore, rules: readonly DeclaredRule[], runId?: string): QualityReport | null {
  const id = runId ?? store.listRuns()[0]?.id;
  if (!id) return null;
  const run = store.getRun(id, 0);
  const quality = new QualityStore(store.db);
  const tableQuality = quality.tableQuality(id);
  const findings = quality.findings(id);
  const descriptions = new Map(rules.map((r) => [r.id, r.description ?? null]));
  const read = run.tables.reduce((n, t) => n + t.read, 0);
  const scored = tableQuality.reduce((n, t) => n + (t.meanScore === null ? 0 : t.meanScore * t.read), 0);
  const issues = (severity: 'error' | 'warning') => findings.filter((f) => f.severity === severity).reduce((n, f) => n + f.count, 0);
  return {
    runId: id,
    startedAt: run.startedAt,
    status: run.status,
    dryRun: run.dryRun,
    meanScore: read === 0 ? null : scored / read,
    totals: { read, rejected: run.rejected, errors: issues('error'), warnings: issues('warning'), rowsWithWarnings: tableQuality.reduce((n, t) => n + t.warnings, 0) },
    tables: tableQuality.map((t) => ({ table: t.table, read: t.read, rejected: run.tables.find((c) => c.name === t.table)?.rejected ?? 0, warnings: t.warnings, meanScore: t.meanScore })),
    rules: quality.ruleResults(id).map((r) => ({ ...r, description: descriptions.get(r.ruleId) ?? null })),
    findings,
    patients: new PatientQualityStore(store.db).summary(id),
  };
}

