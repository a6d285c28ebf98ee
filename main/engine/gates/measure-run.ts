import { join } from 'node:path';
import type { GateMetric } from '../../../preload/contract/gate-schemas';
import type { RunStore } from '../../store/run-store';
import { DedupStore } from '../../store/dedup-store';
import { QualityStore } from '../../store/quality-store';
import { summaryOf } from '../dedup/project/run-dedup';
import { contractCoverage } from '../mapping/coverage';
import type { Project } from '../project/inspect-project';
import { qualityReport } from '../quality/quality-report';
import { reconcileTarget } from '../reconcile/reconcile-target';

/** A measure of a run, with what it rests on; null when the run cannot give it. */
export interface Measure {
  value: number | null;
  evidence: string;
}

const percent = (x: number) => `${(100 * x).toFixed(2)}%`;

/**
 * Measures a run for its release gates, each with its evidence in words. Counts come from
 * the run store; coverage from today's contract; parity from re-reading the target
 * against the load ledger (not possible for a dry run, whose target is thrown away).
 */
export function measureRun(project: Project, store: RunStore, runId: string): Record<GateMetric, Measure> {
  const run = store.getRun(runId, 0);
  const report = qualityReport(store, project.rules, runId)!;
  const findings = new QualityStore(store.db).findings(runId);
  const count = (pick: (f: (typeof findings)[number]) => boolean) => findings.filter(pick).reduce((n, f) => n + f.count, 0);
  const read = run.tables.reduce((n, t) => n + t.read, 0);
  const loaded = run.tables.reduce((n, t) => n + t.written + t.skipped, 0);
  const coverage = contractCoverage(project.catalog, project.mappings);
  const duplicates = count((f) => f.rule === 'duplicate_key') + report.rules.filter((r) => r.check === 'unique').reduce((n, r) => n + r.failed, 0);
  const written = run.tables.filter((t) => t.written + t.skipped > 0);
  return {
    errors: { value: report.totals.errors, evidence: `${report.totals.errors} error issues in run ${runId}, ${run.rejected} rows rejected` },
    warnings: { value: report.totals.warnings, evidence: `${report.totals.warnings} warning issues in run ${runId}` },
    unresolved_mappings: {
      value: coverage.totals.unresolved,
      evidence: `${coverage.totals.unresolved} of ${coverage.totals.fields} target fields unresolved in the contract (${coverage.totals.requiredUnresolved} of them required)`,
    },
    crosswalk_rejects: { value: count((f) => f.rule === 'crosswalk'), evidence: `${count((f) => f.rule === 'crosswalk')} codes not in their crosswalk` },
    population_ratio: {
      value: read === 0 ? null : loaded / read,
      evidence: read === 0 ? 'the run read no rows' : `${loaded} of ${read} source rows are in the target (${percent(loaded / read)})`,
    },
    tables_written: { value: written.length, evidence: `${written.length} of ${run.tables.length} tables have rows from this run: ${written.map((t) => t.name).join(', ') || 'none'}` },
    reconciliation_parity: parityOf(project, run.dryRun),
    duplicate_rate: duplicateRate(store, read, duplicates),
    mean_quality_score: {
      value: report.meanScore,
      evidence: report.meanScore === null ? 'no rows were scored' : `mean row quality score ${percent(report.meanScore)} over ${read} rows`,
    },
  };
}

/**
 * The share of duplicate people: from the newest deduplication when one has run (records
 * beyond the first of each person found twice, after reviews, over the table's records),
 * else from keys shared and uniqueness rules broken in the run.
 */
function duplicateRate(store: RunStore, read: number, duplicates: number): Measure {
  const dedup = new DedupStore(store.db);
  const latest = dedup.latest();
  if (latest) {
    const summary = summaryOf(dedup, latest);
    const open = summary.reviewOpen > 0 ? `; ${summary.reviewOpen} pairs still await review` : '';
    return {
      value: latest.stats.records === 0 ? 0 : summary.duplicateRecords / latest.stats.records,
      evidence: `${summary.duplicateRecords} duplicate records among ${latest.stats.records} in ${latest.table} (${summary.clusters} people found more than once, deduplication of ${latest.at.slice(0, 16).replace('T', ' ')})${open}`,
    };
  }
  return { value: read === 0 ? null : duplicates / read, evidence: `${duplicates} rows share a key or fail a uniqueness rule, of ${read} read (no deduplication has run)` };
}

function parityOf(project: Project, dryRun: boolean): Measure {
  if (dryRun) return { value: null, evidence: 'a dry run leaves no target to reconcile' };
  const tables = reconcileTarget(project);
  if (tables.length === 0) return { value: null, evidence: 'the target has no loaded tables yet' };
  const ledger = tables.reduce((n, t) => n + t.ledgerRows, 0);
  const matching = tables.reduce((n, t) => n + t.matching, 0);
  const off = tables.filter((t) => t.parity < 1 || t.extra > 0);
  const detail = off.length === 0 ? 'every table holds exactly what was loaded' : off.map((t) => `${t.table}: ${t.changed} changed, ${t.missing} missing, ${t.extra} extra`).join('; ');
  return { value: ledger === 0 ? 1 : matching / ledger, evidence: `${matching} of ${ledger} loaded rows are in the target as loaded; ${detail}` };
}
