import type { RunEvent } from '../../../preload/contract';
import { loadProject } from '../../engine/project/inspect-project';
import { runPipeline } from '../../engine/pipeline/run-pipeline';
import { UserError } from '../../engine/errors';
import { RunStore } from '../../store/run-store';
import { countsTable, EXIT, printJson, type Io } from '../output';

/**
 * `cutover run <project>`: runs the pipeline once; Ctrl+C stops after the current batch.
 * `--resume [RUN]` carries on a failed or cancelled run (the newest one when none is named).
 */
export async function run(io: Io, dir: string, options: { dryRun?: boolean; batchSize?: number; json?: boolean; resume?: string | boolean }): Promise<number> {
  const project = await loadProject(dir);
  const resume = options.resume === undefined || options.resume === false ? undefined : options.resume === true ? lastStopped(project.dir) : options.resume;
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const result = await runPipeline(project, {
      resume,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      signal: controller.signal,
      onEvent: io.interactive && !options.json ? progressLine(io) : undefined,
    });
    if (options.json) {
      printJson(io, { runId: result.runId, status: result.status, dryRun: options.dryRun ?? false, millis: Math.round(result.millis), tables: result.tables });
    } else {
      io.out(`Run ${result.runId} ${resume ? 'resumed and ' : ''}${result.status} in ${(result.millis / 1000).toFixed(1)} s${options.dryRun ? ' (dry run: target unchanged)' : ''}`);
      io.out(countsTable(result.tables));
    }
    return result.status === 'succeeded' ? EXIT.ok : EXIT.verdictFailed;
  } finally {
    process.off('SIGINT', onSignal);
  }
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
