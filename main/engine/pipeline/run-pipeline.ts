import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES, type PipelineStrategy, type RunEvent, type RunStatus, type TableCounts } from '../../../preload/contract';
import { RunStore } from '../../store/run-store';
import { CancelledError, isUserError, UserError } from '../errors';
import type { Project } from '../project/inspect-project';
import { backupTarget } from './backup';
import { ResumeStore, type ResumePoint } from '../../store/resume-store';
import { loadTable } from './load-table';
import { rollbackRun } from './rollback';
import { newRunId } from './run-id';
import { SqliteTarget } from './sqlite-target';
import { planTables, type TablePlan } from './table-plan';
import { loadWaves, runWave } from './waves';

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
  /** How tables are scheduled; the project's `pipeline.strategy` when left out. */
  strategy?: PipelineStrategy;
  /** Tables loaded at once by the parallel strategy; the project's `pipeline.concurrency` when left out. */
  concurrency?: number;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** How a run ended, with its per-table counts. */
export interface RunResult {
  runId: string;
  status: RunStatus;
  tables: TableCounts[];
  millis: number;
  /** True when a big-bang run that did not succeed was rolled back, leaving the target as it was. */
  rolledBack: boolean;
}

/** Who a big bang's automatic rollback is recorded as. */
const BIG_BANG_ACTOR = 'cutover (big bang: all or nothing)';

/**
 * Runs the pipeline over every mapped target table, parents first, recording the run,
 * its batches, issues and rejects in the run store. How the tables are scheduled is the
 * strategy's:
 *
 * - `staged`: one table at a time in load order, each batch committed as it goes; a
 *   failure stops the run with what was committed kept, to resume from there.
 * - `parallel`: tables that do not depend on each other (one level of the foreign-key
 *   graph) load side by side, up to `concurrency` at once, batches interleaved; the
 *   first failure stops its siblings, and committed batches are kept as with staged.
 * - `big_bang`: as staged, but all or nothing: a run that fails or is cancelled is
 *   rolled back at once, so the target is left exactly as it was before it.
 *
 * A failure (malformed source, say) marks the run failed and is rethrown.
 */
export async function runPipeline(project: Project, options: RunOptions = {}): Promise<RunResult> {
  const runId = options.resume ?? options.runId ?? newRunId();
  const dryRun = options.resume ? false : (options.dryRun ?? false);
  const batchSize = options.batchSize ?? project.config.pipeline.batchSize;
  const strategy = options.strategy ?? project.config.pipeline.strategy;
  const concurrency = strategy === 'parallel' ? (options.concurrency ?? project.config.pipeline.concurrency) : 1;
  const emit = options.onEvent ?? (() => {});
  const plans = planTables(project);
  // The connectors' estimates (discovered with the project) size the progress bar.
  const totalRows = plans.reduce((sum, p) => sum + (p.source.rowEstimate ?? 0), 0);
  const store = RunStore.open(project.dir);
  const startedAt = performance.now();
  const tables = new Map<string, TableCounts>();
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
  const inOrder = () => plans.map((p) => tables.get(p.table.name)).filter((t): t is TableCounts => t !== undefined);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    target?.close();
    store.close();
  };
  try {
    if (options.resume) {
      resumeStore.reopen(runId);
      store.audit('run.resumed', runId, { finishedTables: [...resumePoint!.finished] });
    } else {
      store.createRun(runId, plans.map((p) => p.table.name), { dryRun, batchSize, strategy, concurrency });
      store.audit('run.started', runId, { dryRun, batchSize, strategy, concurrency });
    }
    emit({ type: 'run-started', runId, tables: plans.map((p) => p.table.name), totalRows, dryRun });
    // A big bang must be able to undo itself, so it keeps a copy even when backups are off.
    const keep = strategy === 'big_bang' ? Math.max(1, project.config.pipeline.keepBackups) : project.config.pipeline.keepBackups;
    if (!dryRun && !options.resume) backupTarget(project.dir, targetFile, runId, store, keep);
    target = SqliteTarget.open(targetFile, project.config.target.path, runId, plans.map((p) => p.table), { resuming: options.resume !== undefined });
    const runRows = { read: 0 };
    const loadOne = async (plan: TablePlan, signal: AbortSignal | undefined) => {
      if (resumePoint?.finished.has(plan.table.name)) {
        const counts = resumeStore.tableCounts(runId, plan.table.name);
        runRows.read += counts.read;
        tables.set(plan.table.name, { name: plan.table.name, ...counts });
        return;
      }
      const progress = await loadTable(plan, {
        runId, projectDir: project.dir, store, target: target!, batchSize, signal, emit, runRows, totalRows, startedAt,
        targetLabel: project.config.target.path,
        resumeFrom: resumePoint?.committed.get(plan.table.name),
      });
      // The store's totals include the batches committed before a stop, which this attempt did not redo.
      const counts = resumePoint ? resumeStore.tableCounts(runId, plan.table.name) : progress.counts;
      tables.set(plan.table.name, { name: plan.table.name, ...counts });
      for (const stage of STAGES) {
        const { rows, millis } = progress.stage(stage);
        const rowsOut = stage === 'load' ? progress.counts.written + progress.counts.skipped : rows;
        store.recordStage(runId, { table: plan.table.name, stage, rowsIn: rows, rowsOut, millis });
      }
    };
    const waves = strategy === 'parallel' ? loadWaves(plans) : plans.map((plan) => [plan]);
    for (const wave of waves) await runWave(wave, concurrency, options.signal, loadOne);
    const millis = performance.now() - startedAt;
    store.finishRun(runId, 'succeeded');
    store.audit('run.finished', runId, { status: 'succeeded', tables: inOrder() });
    emit({ type: 'run-finished', runId, status: 'succeeded', tables: inOrder(), millis });
    return { runId, status: 'succeeded', tables: inOrder(), millis, rolledBack: false };
  } catch (error) {
    const millis = performance.now() - startedAt;
    const cancelled = error instanceof CancelledError;
    const message = cancelled ? 'cancelled by the user' : isUserError(error) ? error.describe() : error instanceof Error ? error.message : String(error);
    store.finishRun(runId, cancelled ? 'cancelled' : 'failed', message);
    store.audit(cancelled ? 'run.cancelled' : 'run.failed', runId, cancelled ? {} : { message });
    let rolledBack = false;
    let undone = '';
    if (strategy === 'big_bang' && !dryRun) {
      close();
      try {
        rollbackRun(project, runId, BIG_BANG_ACTOR);
        rolledBack = true;
        undone = ' (big bang: rolled back; the target is as it was before the run)';
      } catch (rollbackError) {
        undone = ` (big bang: the rollback failed too: ${isUserError(rollbackError) ? rollbackError.describe() : String(rollbackError)})`;
      }
    }
    if (cancelled) {
      emit({ type: 'run-finished', runId, status: 'cancelled', tables: inOrder(), millis });
      return { runId, status: 'cancelled', tables: inOrder(), millis, rolledBack };
    }
    emit({ type: 'run-failed', runId, message: `${message}${undone}` });
    throw withNote(error, undone);
  } finally {
    close();
    if (dryRun) rmSync(join(project.dir, '.cutover', 'scratch'), { recursive: true, force: true });
  }
}

/** The error with a note added to its message (what the big bang did about it), same kind and place. */
function withNote(error: unknown, note: string): unknown {
  if (!note) return error;
  if (isUserError(error)) return new UserError(`${error.message}${note}`, error.place, error.code, error.problems);
  if (error instanceof Error) error.message += note;
  return error;
}

function scratchCopy(project: Project, runId: string): string {
  const dir = join(project.dir, '.cutover', 'scratch');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `dry-run-${runId}.db`);
  const real = join(project.dir, project.config.target.path);
  if (existsSync(real)) copyFileSync(real, file);
  return file;
}
