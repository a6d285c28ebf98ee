import { GATE_METRICS } from '../../../preload/contract/gate-schemas';
import { changeWaiver, judgeRun, readGates } from '../../engine/gates/judge-run';
import { loadProject } from '../../engine/project/inspect-project';
import { reconcileTarget } from '../../engine/reconcile/reconcile-target';
import type { Handler } from '../handler-types';

/** `gates:profiles`: the gate profiles of quality/gates.yaml with their thresholds. */
export const profiles: Handler<'gates:profiles'> = (_input, { session }) =>
  Object.entries(readGates(session.requireProject()).profiles).map(([name, p]) => ({
    name,
    description: p.description ?? null,
    thresholds: GATE_METRICS.filter((m) => p.thresholds[m]).map((metric) => ({ metric, min: p.thresholds[metric]!.min ?? null, max: p.thresholds[metric]!.max ?? null })),
  }));

/** `gates:evaluate`: a profile's verdict on a run, kept in the run store as evidence. */
export const evaluate: Handler<'gates:evaluate'> = async (input, { session }) => judgeRun(await loadProject(session.requireProject()), input);

/** `gates:waive`: lets a failing gate through for one run, naming who and why; answers the new verdict. */
export const waive: Handler<'gates:waive'> = async (input, { session }) => {
  const project = await loadProject(session.requireProject());
  changeWaiver(project, input);
  return judgeRun(project, { profile: input.profile, runId: input.runId });
};

/** `gates:withdraw-waiver`: takes a waiver back; answers the new verdict. */
export const withdrawWaiver: Handler<'gates:withdraw-waiver'> = async (input, { session }) => {
  const project = await loadProject(session.requireProject());
  changeWaiver(project, { ...input, withdraw: true });
  return judgeRun(project, { profile: input.profile, runId: input.runId });
};

/** `reconcile:target`: the target re-read and compared with the load ledger, table by table. */
export const reconcile: Handler<'reconcile:target'> = async (_input, { session }) => reconcileTarget(await loadProject(session.requireProject()));
