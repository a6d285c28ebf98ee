import type { FailureKind, Recommendation, SimulatedStrategy, SimulationResult, StrategyResult } from '../../../preload/contract';
import { formatSeconds } from './format-seconds';
import { FAILURE_BEHAVIOUR } from './substage-model';

const STRATEGY_NAMES: Record<SimulatedStrategy, string> = { staged: 'Staged', big_bang: 'Big bang', parallel: 'Parallel' };

/** What helps against each kind of failure. */
const FAILURE_ADVICE: Record<FailureKind, string> = {
  network_timeout: 'Raise the connection timeout, extract from a copy on the local network, or allow more attempts.',
  system_unavailable: 'Agree a window with the source system’s owners; a longer backoff rides out short outages.',
  resource_exhaustion: 'Smaller batches need less memory and disk at once; fewer workers share what there is.',
  data_corruption: 'Checksum the extract at the source and copy it locally before the run, so re-reads are rare and cheap.',
  mapping_error: 'Fix the mapping contract, then resume: only the failed batches run again.',
  validation_failure: 'Find the rule that fails whole batches: a threshold set too tight, or a reference table loaded late.',
  security_violation: 'Check the run’s credentials and access scope before the night, and rehearse the incident procedure.',
};

/** What fixes records of each kind of defect before the run. */
const DEFECT_ADVICE: Record<string, string> = {
  invalid_nhs_number: 'trace them against the national spine (PDS) before the run',
  missing_surname: 'ask the records team to complete them in the source',
  missing_date_of_birth: 'ask the records team to complete them in the source',
  invalid_date: 'add the source’s date formats to the contract’s parsing',
  future_birth_date: 'correct them in the source',
  unmapped_sex_code: 'add the codes to the sex crosswalk',
  unmapped_ethnic_code: 'add the codes to the ethnicity crosswalk',
  unmapped_admission_method: 'add the codes to the admission method crosswalk',
  unmapped_attendance_status: 'add the codes to the attendance crosswalk',
  discharge_before_admission: 'correct the spells in the source',
  orphan_admission: 'load or link the missing patients first',
  orphan_diagnosis: 'load or link the missing admissions first',
};

type Findings = Omit<SimulationResult, 'recommendations' | 'millis'>;

/** Advice drawn from a simulation: what went wrong, what to change, which strategy to choose. Most serious first. */
export function recommend(result: Findings): Recommendation[] {
  const advice: Recommendation[] = [];
  for (const run of result.strategies) {
    advice.push(...afterStopping(run, result));
    const lockShare = run.lost.lockWait / Math.max(1, run.workers * run.seconds);
    if (run.workers > 1 && lockShare > 0.15) {
      advice.push({
        level: 'warning',
        title: `${STRATEGY_NAMES[run.strategy]}: workers queue for the production target`,
        detail: `${percent(lockShare)} of worker time was spent waiting for the target’s single writer (${formatSeconds(run.lost.lockWait)}). More workers will not help; load in bulk or give the target more write capacity.`,
      });
    }
    if (run.strategy === 'staged' && run.lost.checkpoints > 0.2 * run.seconds) {
      advice.push({
        level: 'info',
        title: 'Staged: checkpoints take a large share of the night',
        detail: `Checkpoints between stages took ${formatSeconds(run.lost.checkpoints)} of ${formatSeconds(run.seconds)}. Agree sign-off criteria in advance so each takes minutes.`,
      });
    }
  }
  advice.push(...afterFailures(result.strategies));
  advice.push(...dataQuality(result));
  advice.push(...batchSize(result));
  advice.push(choice(result));
  const order = { critical: 0, warning: 1, info: 2 };
  return advice.sort((a, b) => order[a.level] - order[b.level]);
}

function afterStopping(run: StrategyResult, result: Findings): Recommendation[] {
  const name = STRATEGY_NAMES[run.strategy];
  const cause = run.failures.find((f) => f.permanent > 0);
  const where = cause ? `${FAILURE_BEHAVIOUR[cause.kind].label} at ${cause.substage}` : 'a failure';
  if (run.outcome === 'rolled_back') {
    const others = result.strategies.filter((s) => s.strategy !== 'big_bang').map((s) => `${STRATEGY_NAMES[s.strategy].toLowerCase()} kept ${s.patients.complete + s.patients.warned} patients whole`);
    return [{
      level: 'critical',
      title: 'Big bang rolled back: nothing was migrated',
      detail: `A ${where} stopped the single pass; ${formatSeconds(run.lost.rollback)} went on undoing it.${others.length > 0 ? ` Under the same failures ${others.join(' and ')}.` : ''} A big bang needs every part to succeed at once.`,
    }];
  }
  if (run.outcome === 'halted') {
    return [{
      level: 'critical',
      title: `${name}: the run was stopped by a ${where}`,
      detail: `${run.patients.notMigrated + run.patients.partial} of ${run.patients.total} patients were not fully migrated when it stopped; committed batches stayed loaded and a resume carries on after them. ${cause ? FAILURE_ADVICE[cause.kind] : ''}`.trim(),
    }];
  }
  return [];
}

/** One piece of advice per kind of failure and substage, with how each strategy fared against it. */
function afterFailures(strategies: readonly StrategyResult[]): Recommendation[] {
  const groups = new Map<string, { kind: FailureKind; substage: string; runs: string[]; permanent: boolean }>();
  for (const run of strategies) {
    for (const f of run.failures) {
      if (f.kind === 'security_violation' || f.occurrences === 0) continue;
      const key = `${f.kind}@${f.substage}`;
      const group = groups.get(key) ?? { kind: f.kind, substage: f.substage, runs: [], permanent: false };
      groups.set(key, group);
      group.permanent ||= f.permanent > 0;
      const fate = f.permanent === 0 ? 'all recovered by retrying' : f.recovered === 0 ? 'none recovered' : `${f.recovered} recovered, ${f.permanent} failed for good`;
      group.runs.push(`${STRATEGY_NAMES[run.strategy].toLowerCase()} ${f.occurrences}× (${fate})`);
    }
  }
  return [...groups.values()].map((g) => ({
    level: g.permanent ? 'warning' : 'info',
    title: `${capitalise(FAILURE_BEHAVIOUR[g.kind].label)} at ${g.substage}`,
    detail: `Struck ${g.runs.join('; ')}. ${FAILURE_ADVICE[g.kind]}`,
  }));
}

function dataQuality(result: Findings): Recommendation[] {
  const rejecting = result.workload.defects.filter((d) => d.outcome === 'reject').sort((a, b) => b.count - a.count);
  const total = rejecting.reduce((n, d) => n + d.count, 0);
  if (total === 0) return [];
  const top = rejecting.slice(0, 3).map((d) => `${d.count} with ${d.kind.replaceAll('_', ' ')} (${d.substage}): ${DEFECT_ADVICE[d.kind] ?? 'fix them in the source'}`);
  return [{
    level: total / Math.max(1, result.workload.records) > 0.02 ? 'warning' : 'info',
    title: `${total} records carry defects the checks refuse, whatever the strategy`,
    detail: `Fix them before the night: ${top.join('; ')}.`,
  }];
}

function batchSize(result: Findings): Recommendation[] {
  const pick = result.batchSizes.find((b) => b.recommended);
  const current = result.batchSizes.find((b) => b.batchSize === result.scenario.pipeline.batchSize);
  if (!pick || !current || pick.batchSize === current.batchSize) return [];
  return [{
    level: 'info',
    title: `Batches of ${pick.batchSize} look better than ${current.batchSize}`,
    detail: `Estimated over several draws for ${STRATEGY_NAMES[result.best].toLowerCase()}: ${formatSeconds(pick.seconds)} and ${percent(pick.completeShare)} of patients whole, against ${formatSeconds(current.seconds)} and ${percent(current.completeShare)}.`,
  }];
}

function choice(result: Findings): Recommendation {
  const best = result.strategies.find((s) => s.strategy === result.best)!;
  const whole = (s: StrategyResult) => s.patients.complete + s.patients.warned;
  const others = result.strategies
    .filter((s) => s !== best)
    .map((s) => `${STRATEGY_NAMES[s.strategy].toLowerCase()} ${s.outcome === 'rolled_back' ? 'rolled back' : `${percent(whole(s) / Math.max(1, s.patients.total))} in ${formatSeconds(s.seconds)}`}`);
  return {
    level: 'info',
    title: `Choose ${STRATEGY_NAMES[best.strategy].toLowerCase()}`,
    detail: `It moved ${percent(whole(best) / Math.max(1, best.patients.total))} of patients whole in ${formatSeconds(best.seconds)}${others.length > 0 ? `; ${others.join(', ')}` : ''}.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share >= 0.995 || share === 0 ? 0 : 1)}%`;
}
