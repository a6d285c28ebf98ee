import type { StageRun } from '../../../preload/contract';
import type { ComparedRun } from '../../../preload/contract/compare-schemas';
import { ComparisonStore, type RecordedVerdict } from '../../store/comparison-store';
import { QualityStore, type Finding } from '../../store/quality-store';
import type { RunStore } from '../../store/run-store';

/** One target table of one run: its counts and mean quality score. */
export interface TableFacts {
  name: string;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
  meanScore: number | null;
}

/** Everything about one run that a comparison looks at: counts, timings, rule counts and verdicts, never row values. */
export interface RunFacts {
  run: ComparedRun;
  tables: TableFacts[];
  stages: StageRun[];
  /** How often each check fired over each table. */
  findings: Finding[];
  verdicts: RecordedVerdict[];
}

/** Reads one run's facts from the store; NOT_FOUND (from `getRun`) when there is no such run. */
export function readRunFacts(store: RunStore, runId: string): RunFacts {
  const detail = store.getRun(runId, 0);
  const quality = new QualityStore(store.db);
  const comparison = new ComparisonStore(store.db);
  const scores = new Map(quality.tableQuality(runId).map((t) => [t.table, t.meanScore]));
  const tables = detail.tables.map((t) => ({ ...t, meanScore: scores.get(t.name) ?? null }));
  const read = tables.reduce((n, t) => n + t.read, 0);
  const scored = tables.reduce((n, t) => n + (t.meanScore ?? 0) * t.read, 0);
  const durationMillis = detail.finishedAt ? Math.max(0, Date.parse(detail.finishedAt) - Date.parse(detail.startedAt)) : null;
  const options = comparison.runOptions(runId);
  return {
    run: {
      id: detail.id,
      status: detail.status,
      startedAt: detail.startedAt,
      finishedAt: detail.finishedAt,
      durationMillis: Number.isFinite(durationMillis) ? durationMillis : null,
      dryRun: detail.dryRun,
      rolledBack: detail.rolledBack,
      batchSize: options.batchSize,
      strategy: options.strategy,
      read: detail.read,
      written: detail.written,
      rejected: detail.rejected,
      skipped: detail.skipped,
      issueCount: detail.issueCount,
      meanScore: read === 0 ? null : scored / read,
    },
    tables,
    stages: detail.stages,
    findings: quality.findings(runId),
    verdicts: comparison.latestVerdicts(runId),
  };
}
