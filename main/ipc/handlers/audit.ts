import { exportPack } from '../../engine/evidence/export-pack';
import { judgeRun } from '../../engine/gates/judge-run';
import { loadProject } from '../../engine/project/inspect-project';
import { auditEntries, verifyAudit } from '../../store/audit-chain';
import { RunStore } from '../../store/run-store';
import { SignOffStore } from '../../store/signoff-store';
import type { Handler } from '../handler-types';

/** `audit:verify`: the audit trail's hash chain recomputed from its first entry. */
export const verify: Handler<'audit:verify'> = (_input, { session }) => withStore(session.requireProject(), (store) => verifyAudit(store.db));

/** `audit:entries`: a page of the audit trail, newest first. */
export const entries: Handler<'audit:entries'> = (input, { session }) => withStore(session.requireProject(), (store) => auditEntries(store.db, input.limit, input.offset));

/** `audit:signoffs`: every sign-off (of one run when given). */
export const signoffs: Handler<'audit:signoffs'> = (input, { session }) => withStore(session.requireProject(), (store) => new SignOffStore(store).list(input.runId));

/** `audit:sign`: judges the run's profile now (recording the verdict) and signs that verdict off. */
export const sign: Handler<'audit:sign'> = async (input, { session }) => {
  const project = await loadProject(session.requireProject());
  const verdict = judgeRun(project, { profile: input.profile, runId: input.runId });
  return withStore(project.dir, (store) =>
    new SignOffStore(store).add({ name: input.name, role: input.role, statement: input.statement, runId: input.runId, profile: input.profile, verdict: verdict.verdict }),
  );
};

function withStore<T>(dir: string, work: (store: RunStore) => T): T {
  const store = RunStore.open(dir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/** `evidence:pack`: a run's governance pack, HTML or JSON, noted in the audit trail. */
export const pack: Handler<'evidence:pack'> = async (input, { session }) => exportPack(await loadProject(session.requireProject()), input.format, input.runId);
