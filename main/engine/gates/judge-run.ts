import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GateVerdict } from '../../../preload/contract/gate-schemas';
import { GateStore } from '../../store/gate-store';
import { RunStore } from '../../store/run-store';
import { UserError } from '../errors';
import type { Project } from '../project/inspect-project';
import { PROJECT_FILES } from '../project/project-files';
import { readYamlOrThrow } from '../project/read-yaml';
import { gatesSchema, type GatesConfig } from '../quality/gates-schema';
import { evaluateProfile } from './evaluate-gates';
import { measureRun } from './measure-run';

/** The project's gate profiles; none when quality/gates.yaml is absent. */
export function readGates(projectDir: string): GatesConfig {
  const file = join(projectDir, PROJECT_FILES.gates);
  return existsSync(file) ? readYamlOrThrow(file, PROJECT_FILES.gates, gatesSchema) : { profiles: {} };
}

/** What to judge: a profile, and a run (the newest when none is named). */
export interface JudgeOptions {
  profile: string;
  runId?: string;
  /** Keep the verdict in the run store and the audit log (default true): a verdict shown is evidence. */
  record?: boolean;
}

/**
 * Judges a run against a gate profile with the waivers given for it, and records the
 * verdict. NOT_FOUND when there is no such profile or run, or no run at all.
 */
export function judgeRun(project: Project, options: JudgeOptions): GateVerdict {
  const config = readGates(project.dir);
  const store = RunStore.open(project.dir);
  try {
    const runId = options.runId ?? store.listRuns()[0]?.id;
    if (!runId) throw new UserError('there is no run to judge yet; run the pipeline first', {}, 'NOT_FOUND');
    store.getRun(runId, 0);
    const gates = new GateStore(store.db);
    const verdict = evaluateProfile(config, options.profile, measureRun(project, store, runId), gates.waivers(runId, options.profile), runId);
    if (options.record !== false) {
      gates.recordEvaluation(verdict);
      store.audit('gates.evaluated', runId, { profile: verdict.profile, verdict: verdict.verdict, failed: verdict.gates.filter((g) => g.outcome === 'fail').map((g) => g.metric) });
    }
    return verdict;
  } finally {
    store.close();
  }
}

/** Waives (or, with `withdraw`, takes back the waiver of) one gate of a run's profile, with the audit log told. */
export function changeWaiver(project: Project, change: { runId: string; profile: string; metric: string; reason?: string; by?: string; withdraw?: boolean }): void {
  const config = readGates(project.dir);
  if (!config.profiles[change.profile]) throw new UserError(`no gate profile named "${change.profile}"`, { file: PROJECT_FILES.gates, field: 'profile' }, 'NOT_FOUND');
  if (!config.profiles[change.profile]!.thresholds[change.metric as keyof GatesConfig['profiles'][string]['thresholds']]) {
    throw new UserError(`profile ${change.profile} has no ${change.metric} gate`, { field: 'metric' }, 'NOT_FOUND');
  }
  const store = RunStore.open(project.dir);
  try {
    store.getRun(change.runId, 0);
    const gates = new GateStore(store.db);
    if (change.withdraw) {
      gates.withdraw(change.runId, change.profile, change.metric);
      store.audit('gates.waiver_withdrawn', change.runId, { profile: change.profile, metric: change.metric }, change.by ?? 'cutover');
    } else {
      gates.waive(change.runId, change.profile, change.metric, change.reason ?? '', change.by ?? '');
      store.audit('gates.waived', change.runId, { profile: change.profile, metric: change.metric, reason: change.reason }, change.by!);
    }
  } finally {
    store.close();
  }
}
