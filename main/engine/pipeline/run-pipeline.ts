import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES, type RunEvent, type RunStatus, type TableCounts } from '../../../preload/contract';
import { RunStore } from '../../store/run-store';
import { CancelledError, isUserError } from '../errors';
import type { Project } from '../project/inspect-project';
import { backupTarget } from './backup';
import { ResumeStore, type ResumePoint } from '../../store/resume-store';
import { loadTable } from './load-table';
import { newRunId } from './run-id';
import { SqliteTarget } from './sqlite-target';
import { planTables } from './table-plan';

/** How to run the pipeline once. */
export interface RunOptions {
  runId?: string;
  /**
   * Continues a failed or cancelled run instead of starting one: finished tables are kept,
   * the table it stopped in carries on after its last committed batch, under the same id.
   */
  resume?: string;
  /** Load into a scratch copy of the target that is thrown away afterwards. */
  dryRun?: boolean;
  batchSize?: number;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** How a run ended, with its per-table counts. */
export interface RunResult {
  runId: string;
  status: RunStatus;
  tables: TableCounts[];
  millis: number;
}

/**
 * Runs the pipeline over every mapped target table, parents first, recording the run,
 * its batches, issues and rejects in the run store. A failure (malformed source, say)
 * marks the run failed and is rethrown; what earlier batches committed stays committed.
 */
export async function runPipeline(project: Project, options: RunOptions = {}): Promise<RunResult> {
  const runId = options.resume ?? options.runId ?? newRunId();
  const dryRun = options.resume ? false : (options.dryRun ?? false);
  const batchSize = options.batchSize ?? project.config.pipeline.batchSize;
  const emit = options.onEvent ?? (() => {});
  const plans = planTables(project);
  // The connectors' estimates (discovered with the project) size the progress bar.
  const totalRows = plans.reduce((sum, p) => sum + (p.source.rowEstimate ?? 0), 0);
  const store = RunStore.open(project.dir);
  const startedAt = performance.now();
  const tables: TableCounts[] = [];
  let target: SqliteTarget | undefined;
  const targetFile = dryRun ? scratchCopy(project, runId) : join(project.dir, project.config.target.path);
  const resumeStore = new ResumeStore(store.db);
  let resumePoint: ResumePoint | null = null;
  try {
    // Checked before the run is touched: refusing to resume must not mark the run failed.
    if (options.resume) resumePoint = resumeStore.resumePoint(options.resume);
  } catch (error) {
    store.close();
    throw error;
  }
  try {
    if (options.resume) {
      resumeStore.reopen(runId);
      store.audit('run.resumed', runId, { finishedTables: [...resumePoint!.finished] });
    } else {
      store.createRun(runId, plans.map((p) => p.table.name), { dryRun, batchSize, strategy: project.config.pipeline.strategy });
      store.audit('run.started', runId, { dryRun, batchSize });
    }
    emit({ type: 'run-started', runId, tables: plans.map((p) => p.table.name), totalRows, dryRun });
    if (!dryRun && !options.resume) backupTarget(project.dir, targetFile, runId, store, project.config.pipeline.keepBackups);
    target = SqliteTarget.open(targetFile, project.config.target.path, runId, plans.map((p) => p.table), { resuming: options.resume !== undefined });
    let rowsBefore = 0;
    for (const plan of plans) {
      if (resumePoint?.finished.has(plan.table.name)) {
        const counts = resumeStore.tableCounts(runId, plan.table.name);
        rowsBefore += counts.read;
        tables.push({ name: plan.table.name, ...counts });
        continue;
      }
      const progress = await loadTable(plan, {
        runId, projectDir: project.dir, store, target, batchSize, signal: options.signal, emit, rowsBefore, totalRows, startedAt,
        targetLabel: project.config.target.path,
        resumeFrom: resumePoint?.committed.get(plan.table.name),
      });
      // The store's totals include the batches committed before a stop, which this attempt did not redo.
      const counts = resumePoint ? resumeStore.tableCounts(runId, plan.table.name) : progress.counts;
      rowsBefore += counts.read;
      tables.push({ name: plan.table.name, ...counts });
      for (const stage of STAGES) {
        const { rows, millis } = progress.stage(stage);
        const rowsOut = stage === 'load' ? progress.counts.written + progress.counts.skipped : rows;
        store.recordStage(runId, { table: plan.table.name, stage, rowsIn: rows, rowsOut, millis });
      }
    }
    const millis = performance.now() - startedAt;
    store.finishRun(runId, 'succeeded');
    store.audit('run.finished', runId, { status: 'succeeded', tables });
    emit({ type: 'run-finished', runId, status: 'succeeded', tables, millis });
    return { runId, status: 'succeeded', tables, millis };
  } catch (error) {
    const millis = performance.now() - startedAt;
    if (error instanceof CancelledError) {
      store.finishRun(runId, 'cancelled', 'cancelled by the user');
      store.audit('run.cancelled', runId, {});
      emit({ type: 'run-finished', runId, status: 'cancelled', tables, millis });
      return { runId, status: 'cancelled', tables, millis };
    }
    const message = isUserError(error) ? error.describe() : error instanceof Error ? error.message : String(error);
    store.finishRun(runId, 'failed', message);
    store.audit('run.failed', runId, { message });
    emit({ type: 'run-failed', runId, message });
    throw error;
  } finally {
    target?.close();
    store.close();
    if (dryRun) rmSync(join(project.dir, '.cutover', 'scratch'), { recursive: true, force: true });
  }
}

function scratchCopy(project: Project, runId: string): string {
  const dir = join(project.dir, '.cutover', 'scratch');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `dry-run-${runId}.db`);
  const real = join(project.dir, project.config.target.path);
  if (existsSync(real)) copyFileSync(real, file);
  return file;
}
