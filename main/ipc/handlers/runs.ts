import { UserError, isUserError } from '../../engine/errors';
import { loadProject } from '../../engine/project/inspect-project';
import { newRunId } from '../../engine/pipeline/run-id';
import { runPipeline } from '../../engine/pipeline/run-pipeline';
import { rollbackRun } from '../../engine/pipeline/rollback';
import { ResumeStore } from '../../store/resume-store';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';

/**
 * `runs:start`: checks the project, then runs the pipeline in the background and answers
 * the run id at once; progress arrives as `run:event` events.
 */
export const start: Handler<'runs:start'> = async (input, { session, emit }) => {
  if (session.busy) throw new UserError('a run or a profiling scan is already in progress', {}, 'CONFLICT');
  const project = await loadProject(session.requireProject());
  const runId = input.resume ?? newRunId();
  if (input.resume) assertResumable(project.dir, input.resume);
  const signal = session.track(runId);
  void runPipeline(project, { runId, resume: input.resume, dryRun: input.dryRun, batchSize: input.batchSize, strategy: input.strategy, concurrency: input.concurrency, signal, onEvent: (e) => emit('run:event', e) })
    .catch((error: unknown) => {
      // The run is already recorded as failed and a run-failed event was sent; only
      // errors that are not the user's are worth a line on stderr (without row values).
      if (!isUserError(error)) console.error(`run ${runId} failed: ${(error as Error).message}`);
    })
    .finally(() => session.untrack(runId));
  return { runId };
};

/** `runs:rollback`: the target as it was before a run; that run and every later one undone. */
export const rollback: Handler<'runs:rollback'> = async (input, { session }) => {
  if (session.busy) throw new UserError('a run or a profiling scan is in progress; wait for it to finish or cancel it', {}, 'CONFLICT');
  return rollbackRun(await loadProject(session.requireProject()), input.runId, input.by);
};

/** Refuses, before anything starts, a resume the run store would refuse, so the caller gets the reason, not a failed run. */
function assertResumable(dir: string, runId: string): void {
  withStore(dir, (store) => new ResumeStore(store.db).resumePoint(runId));
}

/** `runs:cancel`: asks a run in flight to stop after its current batch. */
export const cancel: Handler<'runs:cancel'> = (input, { session }) => ({ cancelled: session.cancel(input.runId) });

/** `runs:list`: every run of the open project, newest first. */
export const list: Handler<'runs:list'> = (_input, { session }) => withStore(session.requireProject(), (store) => store.listRuns());

/** `runs:get`: one run in full. */
export const get: Handler<'runs:get'> = (input, { session }) =>
  withStore(session.requireProject(), (store) => store.getRun(input.runId));

function withStore<T>(dir: string, work: (store: RunStore) => T): T {
  const store = RunStore.open(dir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}
