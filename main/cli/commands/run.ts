import type { PipelineStrategy, RunEstimate, RunEvent } from '../../../preload/contract';
import { loadProject } from '../../engine/project/inspect-project';
import { estimateRun } from '../../engine/simulate/estimate-run';
import { runPipeline } from '../../engine/pipeline/run-pipeline';
import { UserError } from '../../engine/errors';
import { RunStore } from '../../store/run-store';
import { countsTable, EXIT, printJson, type Io } from '../output';

/**
 * `cutover run <project>`: runs the pipeline once; Ctrl+C stops after the current batch.
 * `--resume [RUN]` carries on a failed or cancelled run (the newest one when none is named).
 */
export async function run(
  io: Io,
  dir: string,
  options: { dryRun?: boolean; batchSize?: number; strategy?: PipelineStrategy; concurrency?: number; json?: boolean; resume?: string | boolean; estimate?: boolean },
): Promise<number> {
  const project = await loadProject(dir);
  if (options.estimate) return printEstimate(io, estimateRun(project), options.json === true);
  const resume = options.resume === undefined || options.resume === false ? undefined : options.resume === true ? lastStopped(project.dir) : options.resume;
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const result = await runPipeline(project, {
      resume,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      strategy: options.strategy,
      concurrency: options.concurrency,
      signal: controller.signal,
      onEvent: io.interactive && !options.json ? progressLine(io) : undefined,
    });
    if (options.json) {
      printJson(io, { runId: result.runId, status: result.status, dryRun: options.dryRun ?? false, rolledBack: result.rolledBack, millis: Math.round(result.millis), tables: result.tables });
    } else {
      const note = options.dryRun ? ' (dry run: target unchanged)' : result.rolledBack ? ' (big bang: rolled back; the target is as it was before the run)' : '';
      io.out(`Run ${result.runId} ${resume ? 'resumed and ' : ''}${result.status} in ${(result.millis / 1000).toFixed(1)} s${note}`);
      io.out(countsTable(result.tables));
    }
    return result.status === 'succeeded' ? EXIT.ok : EXIT.verdictFailed;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

/** `--estimate`: what a run would read and how long it should take, without running it. */
function printEstimate(io: Io, estimate: RunEstimate, json: boolean): number {
  if (json) {
    printJson(io, estimate);
    return EXIT.ok;
  }
  const width = Math.max(5, ...estimate.tables.map((t) => t.name.length));
  io.out(`${'table'.padEnd(width)}  ${'rows'.padStart(10)}  ${'seconds'.padStart(8)}`);
  for (const t of estimate.tables) io.out(`${t.name.padEnd(width)}  ${String(t.rows).padStart(10)}  ${(t.seconds === null ? '—' : t.seconds.toFixed(1)).padStart(8)}`);
  io.out(`${estimate.rows} rows in ${estimate.batches} batches of ${estimate.batchSize}${estimate.seconds === null ? '' : `; about ${estimate.seconds.toFixed(1)} s`}`);
  if (estimate.suggestedBatchSize !== null && estimate.suggestedBatchSize !== estimate.batchSize) io.out(`batches of ${estimate.suggestedBatchSize} would commit about a second's work each`);
  io.out(estimate.note);
  return EXIT.ok;
}

/** The newest run that stopped before finishing, to resume; a UserError when there is none. */
function lastStopped(projectDir: string): string {
  const store = RunStore.open(projectDir);
  try {
    const run = store.listRuns().find((r) => !r.dryRun && !r.rolledBack && (r.status === 'failed' || r.status === 'cancelled'));
    if (!run) throw new UserError('no failed or cancelled run to resume', { field: 'resume' }, 'NOT_FOUND');
    return run.id;
  } finally {
    store.close();
  }
}

function progressLine(io: Io) {
  return (event: RunEvent) => {
    if (event.type === 'batch-committed') {
      const percent = event.totalRows > 0 ? Math.floor((100 * event.rowsDone) / event.totalRows) : 0;
      const load = event.stages.find((s) => s.stage === 'load');
      process.stderr.write(`\r${event.table}: ${percent}% (${event.rowsDone}/${event.totalRows} rows, load ${load?.rowsPerSecond ?? 0} rows/s)   `);
    } else if (event.type === 'run-finished' || event.type === 'run-failed') {
      process.stderr.write('\r\x1b[K');
    }
  };
}
