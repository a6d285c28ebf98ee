import { SUBSTAGES, type FailureKind, type Scenario, type SimulatedStrategy, type Substage } from '../../../preload/contract';
import { batchRecords, type Batch } from './batches';
import { EventQueue } from './event-queue';
import type { FailureDraws } from './failure-draws';
import { formatSeconds } from './format-seconds';
import { FAILURE_BEHAVIOUR, REWORK_FROM, ROLLBACK_TIMING, SINGLE_WRITER, stageOf } from './substage-model';

/** Where a unit of work (a batch, or the whole load in a big bang) ended up. */
export type UnitState = 'waiting' | 'running' | 'done' | 'failed' | 'halted' | 'rolled_back';

/** What happened to one unit of work over the run. */
export interface UnitTrace {
  batches: Batch[];
  records: number;
  state: UnitState;
  startedAt: number | null;
  /** When its records reached the production target, if they did. */
  committedAt: number | null;
  /** When it came to rest (done, failed, halted or rolled back). */
  settledAt: number | null;
  /** The last substage it finished, as an index into SUBSTAGES; -1 before the first. */
  reached: number;
  /** The substage it failed in, when it failed. */
  failedIn: number | null;
}

/** A strike of a failure, counted per kind and substage. */
export interface FailureTally {
  kind: FailureKind;
  substage: Substage;
  occurrences: number;
  recovered: number;
  permanent: number;
}

/** A notable moment of the run, for its log. */
export interface RunNote {
  t: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** The raw trace of one strategy's simulated run. */
export interface StrategyTrace {
  strategy: SimulatedStrategy;
  workers: number;
  seconds: number;
  units: UnitTrace[];
  /** The unit each batch belongs to. */
  unitOfBatch: number[];
  haltedAt: number | null;
  rolledBackAt: number | null;
  attempts: number;
  /** Attempts that repeated a substage after a failure, re-reads included. */
  retries: number;
  /** Seconds of successful work per substage (failed attempts are counted in `lost`). */
  busy: Record<Substage, number>;
  failures: FailureTally[];
  lost: { failedAttempts: number; backoff: number; lockWait: number; checkpoints: number; rollback: number };
  notes: RunNote[];
}

interface Job {
  unit: number;
  /** Next substage to run and the last of this job, as indexes into SUBSTAGES. */
  next: number;
  last: number;
}

type SimEvent =
  | { t: number; type: 'start'; worker: number; job: Job }
  | { t: number; type: 'finish'; worker: number; job: Job; seconds: number; strike: FailureKind | null; attempt: number };

const MAX_NOTES = 400;
const LAST = SUBSTAGES.length - 1;
const WRITER = SUBSTAGES.indexOf(SINGLE_WRITER);

/**
 * Simulates one run of the batches under a strategy, as discrete events on a simulated
 * clock: workers take jobs, each substage attempt takes its drawn time, the production
 * target admits one writer at a time, failures strike as drawn and are retried with
 * backoff, sent back to be read again, fail the batch or stop the run.
 *
 * - `parallel`: each worker carries a batch through every substage, then takes the next.
 * - `staged`: each stage runs for every batch (over the workers) before the next begins,
 *   with a checkpoint between stages; a failed batch goes no further.
 * - `big_bang`: the whole load moves as one unit through every substage in one pass, all
 *   or nothing: any failure it cannot retry rolls everything back.
 */
export function runStrategy(strategy: SimulatedStrategy, batches: Batch[], scenario: Scenario, draws: FailureDraws, rejectedOf: (batch: Batch) => number): StrategyTrace {
  const bigBang = strategy === 'big_bang';
  const workers = bigBang ? 1 : scenario.pipeline.workers;
  const units: UnitTrace[] = (bigBang ? [batches] : batches.map((b) => [b])).map((members) => ({
    batches: members,
    records: members.reduce((n, b) => n + batchRecords(b), 0),
    state: 'waiting',
    startedAt: null,
    committedAt: null,
    settledAt: null,
    reached: -1,
    failedIn: null,
  }));
  const unitOfBatch = batches.map((b) => (bigBang ? 0 : b.index));
  const trace: StrategyTrace = {
    strategy, workers, seconds: 0, units, unitOfBatch, haltedAt: null, rolledBackAt: null, attempts: 0, retries: 0,
    busy: Object.fromEntries(SUBSTAGES.map((s) => [s, 0])) as Record<Substage, number>,
    failures: [],
    lost: { failedAttempts: 0, backoff: 0, lockWait: 0, checkpoints: 0, rollback: 0 },
    notes: [],
  };
  const note = (t: number, level: RunNote['level'], text: string) => {
    if (trace.notes.length < MAX_NOTES) trace.notes.push({ t, level, text });
  };
  const tally = (kind: FailureKind, substage: Substage): FailureTally => {
    let entry = trace.failures.find((f) => f.kind === kind && f.substage === substage);
    if (!entry) trace.failures.push((entry = { kind, substage, occurrences: 0, recovered: 0, permanent: 0 }));
    return entry;
  };
  const unitKey = (unit: number) => (bigBang ? batches.length + 1 : unit);
  const label = (unit: number) => (bigBang ? 'the whole load' : `${units[unit]!.batches[0]!.tableName} batch ${units[unit]!.batches[0]!.seq}`);
  const attempts = new Map<string, number>();
  const pendingStrikes = new Map<string, FailureTally[]>();
  const reworks = new Map<number, number>();

  const queue = new EventQueue<SimEvent>();
  const pending: Job[] = [];
  const idle: number[] = [];
  let writerFreeAt = 0;
  let now = 0;
  let halted = false;

  // The stages a job covers: all of them, or (staged) one stage at a time.
  const stageRanges = strategy === 'staged'
    ? (['extract', 'transform', 'validate', 'load'] as const).map((stage) => {
        const members = SUBSTAGES.map((s, i) => [s, i] as const).filter(([s]) => stageOf(s) === stage);
        return [members[0]![1], members.at(-1)![1]] as const;
      })
    : [[0, LAST] as const];
  let stageIndex = 0;
  const enqueueStage = (t: number) => {
    const [from, to] = stageRanges[stageIndex]!;
    units.forEach((unit, i) => {
      if (unit.state === 'waiting' || unit.state === 'running') pending.push({ unit: i, next: from, last: to });
    });
    while (idle.length > 0 && pending.length > 0) queue.push({ t, type: 'start', worker: idle.shift()!, job: pending.shift()! });
  };
  for (let w = 0; w < workers; w++) idle.push(w);
  enqueueStage(0);

  const settle = (unit: UnitTrace, state: UnitState, t: number) => {
    unit.state = state;
    unit.settledAt = t;
  };
  const freeWorker = (worker: number, t: number) => {
    const job = pending.shift();
    if (job) {
      queue.push({ t, type: 'start', worker, job });
      return;
    }
    idle.push(worker);
    if (idle.length === workers && strategy === 'staged' && stageIndex < stageRanges.length - 1) {
      stageIndex++;
      const resume = t + scenario.pipeline.checkpointSeconds;
      trace.lost.checkpoints += scenario.pipeline.checkpointSeconds;
      note(t, 'info', `${capitalise(['extract', 'transform', 'validate', 'load'][stageIndex - 1]!)} finished for every batch; checkpoint before ${['extract', 'transform', 'validate', 'load'][stageIndex]}`);
      enqueueStage(resume);
    }
  };
  const failUnit = (index: number, substage: number, t: number) => {
    const unit = units[index]!;
    unit.failedIn = substage;
    if (bigBang) {
      const undo = ROLLBACK_TIMING.fixedSeconds + (ROLLBACK_TIMING.perRecordMs * (unit.committedAt !== null ? unit.records : 0)) / 1000;
      trace.lost.rollback += undo;
      trace.rolledBackAt = t + undo;
      settle(unit, 'rolled_back', t + undo);
      note(t, 'error', `The big bang cannot go on: rolling everything back (${formatSeconds(undo)})`);
      now = Math.max(now, t + undo);
    } else {
      settle(unit, 'failed', t);
    }
  };

  for (let event = queue.pop(); event; event = queue.pop()) {
    now = Math.max(now, event.t);
    if (halted) continue;
    const { job, worker } = event;
    const unit = units[job.unit]!;
    const substage = SUBSTAGES[job.next]!;
    if (event.type === 'start') {
      if (unit.startedAt === null) unit.startedAt = event.t;
      unit.state = 'running';
      const key = `${job.unit}:${job.next}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      trace.attempts++;
      let start = event.t;
      const full = draws.seconds(substage, unit.records, unitKey(job.unit), attempt);
      const strike = draws.strike(unit.batches, unitKey(job.unit), substage, attempt);
      let seconds = full;
      if (strike) {
        const after = FAILURE_BEHAVIOUR[strike].failAfter;
        seconds = 'seconds' in after ? after.seconds : full * after.share;
      }
      if (job.next === WRITER) {
        start = Math.max(start, writerFreeAt);
        trace.lost.lockWait += start - event.t;
        writerFreeAt = start + seconds;
      }
      if (!strike) trace.busy[substage] += seconds;
      queue.push({ t: start + seconds, type: 'finish', worker, job, seconds, strike, attempt });
      continue;
    }

    // A finish.
    if (!event.strike) {
      unit.reached = Math.max(unit.reached, job.next);
      const recovered = pendingStrikes.get(`${job.unit}:${job.next}`);
      if (recovered) for (const t of recovered) t.recovered++;
      pendingStrikes.delete(`${job.unit}:${job.next}`);
      if (job.next === WRITER && unit.committedAt === null) unit.committedAt = event.t;
      if (job.next === LAST) settle(unit, 'done', event.t);
      if (job.next < job.last) {
        queue.push({ t: event.t, type: 'start', worker, job: { ...job, next: job.next + 1 } });
      } else {
        freeWorker(worker, event.t);
      }
      continue;
    }

    const behaviour = FAILURE_BEHAVIOUR[event.strike];
    const entry = tally(event.strike, substage);
    entry.occurrences++;
    trace.lost.failedAttempts += event.seconds;
    const what = `${label(job.unit)}: ${behaviour.label} at ${substage}`;
    const retriesLeft = event.attempt < scenario.retry.maxAttempts;
    if (behaviour.kind === 'fatal') {
      entry.permanent++;
      halted = true;
      trace.haltedAt = event.t;
      note(event.t, 'error', `${what}: the run is stopped at once`);
      if (bigBang) failUnit(job.unit, job.next, event.t);
      continue;
    }
    if (behaviour.kind === 'transient' && retriesLeft) {
      const wait = draws.backoff(unitKey(job.unit), substage, event.attempt);
      trace.lost.backoff += wait;
      trace.retries++;
      addPending(pendingStrikes, `${job.unit}:${job.next}`, entry);
      note(event.t, 'warning', `${what} (attempt ${event.attempt}); retrying in ${formatSeconds(wait)}`);
      queue.push({ t: event.t + wait, type: 'start', worker, job });
      continue;
    }
    const reworked = reworks.get(job.unit) ?? 0;
    if (behaviour.kind === 'rework' && reworked < scenario.retry.maxAttempts - 1) {
      reworks.set(job.unit, reworked + 1);
      trace.retries++;
      addPending(pendingStrikes, `${job.unit}:${job.next}`, entry);
      note(event.t, 'warning', `${what}: checksums differ; reading the batch again`);
      queue.push({ t: event.t, type: 'start', worker, job: { ...job, next: SUBSTAGES.indexOf(REWORK_FROM) } });
      continue;
    }
    entry.permanent++;
    const why = behaviour.kind === 'permanent' ? 'it needs a fix, not a retry' : `gave up after ${event.attempt} attempts`;
    note(event.t, 'error', `${what}: ${why}; the batch failed`);
    failUnit(job.unit, job.next, event.t);
    if (bigBang) continue;
    freeWorker(worker, event.t);
  }

  if (halted) {
    for (const unit of units) {
      if (unit.state === 'waiting' || unit.state === 'running') settle(unit, 'halted', trace.haltedAt!);
    }
  }
  trace.seconds = Math.max(now, trace.haltedAt ?? 0, trace.rolledBackAt ?? 0);
  const rejected = batches.reduce((n, b) => n + rejectedOf(b), 0);
  if (!halted && trace.rolledBackAt === null) note(trace.seconds, 'info', `Run finished: ${units.filter((u) => u.state === 'done').length} of ${units.length} ${bigBang ? 'units' : 'batches'} loaded; ${rejected} records refused by checks`);
  return trace;
}

function addPending(map: Map<string, FailureTally[]>, key: string, entry: FailureTally): void {
  const list = map.get(key) ?? [];
  list.push(entry);
  map.set(key, list);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
