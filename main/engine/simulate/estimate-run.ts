import type { RunEstimate } from '../../../preload/contract';
import { RunStore } from '../../store/run-store';
import { planTables } from '../pipeline/table-plan';
import type { Project } from '../project/inspect-project';

/** Nice batch sizes to suggest, smallest first. */
const NICE_SIZES = [500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/**
 * Estimates a real run of the project before it starts: the rows each table will read
 * (the connectors' estimates), how long that takes at the throughput the newest finished
 * run measured, and a batch size that commits about a second's work at a time (small
 * enough that a crash loses little, large enough that commits cost little).
 */
export function estimateRun(project: Project): RunEstimate {
  const plans = planTables(project);
  const batchSize = project.config.pipeline.batchSize;
  const rowsOf = plans.map((p) => ({ name: p.table.name, rows: p.source.rowEstimate ?? 0 }));
  const rows = rowsOf.reduce((n, t) => n + t.rows, 0);
  const batches = rowsOf.reduce((n, t) => n + Math.ceil(t.rows / batchSize), 0);
  const measured = newestFinishedRun(project.dir);
  if (!measured) {
    return {
      basis: 'none', basisRunId: null, tables: rowsOf.map((t) => ({ ...t, seconds: null })), rows, seconds: null, batchSize,
      suggestedBatchSize: null, batches,
      note: 'No finished run to measure yet: a dry run measures this machine’s throughput without touching the target.',
    };
  }
  const overall = measured.rows / Math.max(0.001, measured.seconds);
  const tables = rowsOf.map((t) => {
    const rate = measured.rates.get(t.name) ?? overall;
    return { ...t, seconds: round(t.rows / Math.max(rate, 0.001)) };
  });
  return {
    basis: 'measured',
    basisRunId: measured.id,
    tables,
    rows,
    seconds: round(tables.reduce((n, t) => n + (t.seconds ?? 0), 0)),
    batchSize,
    suggestedBatchSize: NICE_SIZES.find((size) => size >= overall) ?? NICE_SIZES.at(-1)!,
    batches,
    note: `At the ${Math.round(overall).toLocaleString('en-GB')} rows a second run ${measured.id} measured.`,
  };
}

/** The newest succeeded run with rows: its wall time, rows read and each table's rows a second. */
function newestFinishedRun(dir: string): { id: string; rows: number; seconds: number; rates: Map<string, number> } | null {
  const store = RunStore.open(dir);
  try {
    const run = store.listRuns().find((r) => r.status === 'succeeded' && r.read > 0 && r.finishedAt !== null);
    if (!run) return null;
    const detail = store.getRun(run.id, 0);
    const seconds = (Date.parse(run.finishedAt!) - Date.parse(run.startedAt)) / 1000;
    const busy = detail.stages.reduce((n, s) => n + s.millis, 0) / 1000;
    // Busy time leaves out commits, bookkeeping and waits: spread the wall time over the tables by their busy share.
    const scale = busy > 0 ? seconds / busy : 1;
    const rates = new Map<string, number>();
    for (const table of detail.tables) {
      const tableBusy = detail.stages.filter((s) => s.table === table.name).reduce((n, s) => n + s.millis, 0) / 1000;
      if (table.read > 0 && tableBusy > 0) rates.set(table.name, table.read / (tableBusy * scale));
    }
    return { id: run.id, rows: run.read, seconds: Math.max(seconds, 0.001), rates };
  } finally {
    store.close();
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
