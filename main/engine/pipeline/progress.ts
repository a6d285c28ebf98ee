import { STAGES, type RunEvent, type Stage, type TableCounts } from '../../../preload/contract';

type BatchEvent = Extract<RunEvent, { type: 'batch-committed' }>;

/**
 * Keeps a table's running counts and each stage's rows and busy time, and decides when
 * a progress event is due so listeners get about ten a second, however fast batches go.
 */
export class TableProgress {
  readonly counts: TableCounts;
  private readonly rows = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  private readonly millis = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  private lastEmit = 0;

  constructor(
    name: string,
    private readonly intervalMs = 100,
  ) {
    this.counts = { name, read: 0, written: 0, rejected: 0, skipped: 0 };
  }

  /** Times `work` as part of `stage` and credits it with `rows`. */
  time<T>(stage: Stage, rows: number, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.add(stage, rows, performance.now() - start);
    }
  }

  /** Credits a stage with rows and busy milliseconds. */
  add(stage: Stage, rows: number, millis: number): void {
    this.rows.set(stage, this.rows.get(stage)! + rows);
    this.millis.set(stage, this.millis.get(stage)! + millis);
  }

  /** Rows and busy milliseconds of one stage so far. */
  stage(stage: Stage): { rows: number; millis: number } {
    return { rows: this.rows.get(stage)!, millis: this.millis.get(stage)! };
  }

  /** Tells whether a progress event is due (always true when `force`). */
  due(force = false): boolean {
    const now = performance.now();
    if (!force && now - this.lastEmit < this.intervalMs) return false;
    this.lastEmit = now;
    return true;
  }

  /** The `batch-committed` event for the state now. */
  event(runId: string, batch: number, rowsDone: number, totalRows: number, elapsedMs: number): BatchEvent {
    const rate = elapsedMs > 0 ? rowsDone / (elapsedMs / 1000) : 0;
    return {
      type: 'batch-committed',
      runId,
      table: this.counts.name,
      batch,
      counts: { ...this.counts },
      stages: STAGES.map((stage) => {
        const { rows, millis } = this.stage(stage);
        // Busy-time throughput: which stage is the bottleneck shows at a glance.
        return { stage, rows, rowsPerSecond: millis > 0 ? Math.round(rows / (millis / 1000)) : 0 };
      }),
      rowsDone,
      totalRows: Math.max(totalRows, rowsDone),
      etaSeconds: rate > 0 && totalRows > rowsDone ? Math.round((totalRows - rowsDone) / rate) : totalRows > 0 ? 0 : null,
    };
  }
}
