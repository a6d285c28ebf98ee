import { SUBSTAGES, type StrategyResult } from '../../../preload/contract';
import type { Batch } from './batches';
import { letterBit, patientLetter, recordLetter, rejectedIn, type RecordLetter } from './record-fates';
import type { StrategyTrace, UnitTrace } from './run-strategy';
import type { Workload } from './workload';

/** How many moments the progress chart and the patient grid show. */
const FRAMES = 100;
/** The most patients the grid shows; larger runs show every n-th. */
const GRID_PATIENTS = 4000;

/** Finds each record's unit: batches are cut per table in order, so this is arithmetic. */
class RecordUnits {
  private readonly firstBatch: number[] = [];

  constructor(
    workload: Workload,
    private readonly batchSize: number,
    private readonly trace: StrategyTrace,
  ) {
    let offset = 0;
    for (const table of workload.tables) {
      this.firstBatch.push(offset);
      offset += Math.ceil(table.patient.length / batchSize);
    }
  }

  unit(table: number, row: number): UnitTrace {
    return this.trace.units[this.trace.unitOfBatch[this.firstBatch[table]! + Math.floor(row / this.batchSize)]!]!;
  }
}

/** Turns a strategy's raw trace into what the app shows: counts, losses, progress, the patient grid. */
export function summariseStrategy(trace: StrategyTrace, workload: Workload, batches: Batch[], batchSize: number): StrategyResult {
  const units = new RecordUnits(workload, batchSize, trace);
  const { records, patients } = finalCounts(workload, units);
  const failedUnits = trace.units.filter((u) => u.state === 'failed' || u.state === 'rolled_back').length;
  return {
    strategy: trace.strategy,
    outcome: trace.rolledBackAt !== null ? 'rolled_back' : trace.haltedAt !== null ? 'halted' : failedUnits > 0 ? 'completed_with_failures' : 'completed',
    seconds: round(trace.seconds),
    workers: trace.workers,
    records,
    patients,
    batches: {
      total: batches.length,
      succeeded: batches.filter((b) => trace.units[trace.unitOfBatch[b.index]!]!.state === 'done').length,
      failed: batches.filter((b) => ['failed', 'rolled_back'].includes(trace.units[trace.unitOfBatch[b.index]!]!.state)).length,
      attempts: trace.attempts,
      retries: trace.retries,
    },
    failures: trace.failures.map((f) => ({ ...f })),
    substages: SUBSTAGES.map((substage) => ({
      substage,
      busySeconds: round(trace.busy[substage]),
      failures: trace.failures.filter((f) => f.substage === substage).reduce((n, f) => n + f.occurrences, 0),
    })),
    lost: mapValues(trace.lost, round),
    utilisation: trace.seconds > 0 ? round((Object.values(trace.busy).reduce((a, b) => a + b, 0) + trace.lost.failedAttempts) / (trace.workers * trace.seconds), 3) : 0,
    progress: progressSeries(trace, workload),
    events: trace.notes.map((n) => ({ ...n, t: round(n.t) })),
    grid: patientGrid(trace, workload, units),
  };
}

/** The trace's final counts of records and patients, without the grid and the series. */
export function countOutcomes(trace: StrategyTrace, workload: Workload, batchSize: number): Pick<StrategyResult, 'records' | 'patients'> {
  return finalCounts(workload, new RecordUnits(workload, batchSize, trace));
}

function finalCounts(workload: Workload, units: RecordUnits): Pick<StrategyResult, 'records' | 'patients'> {
  const records = { total: 0, loaded: 0, warned: 0, rejected: 0, failed: 0, halted: 0, rolledBack: 0 };
  const own: RecordLetter[] = new Array(workload.patients);
  const activity = new Uint16Array(workload.patients);
  workload.tables.forEach((table, t) => {
    for (let row = 0; row < table.patient.length; row++) {
      const letter = recordLetter(units.unit(t, row), table.defect[row]!, Infinity);
      records.total++;
      if (letter === 'c') records.loaded++;
      else if (letter === 'a') records.warned++;
      else if (letter === 'r') records.rejected++;
      else if (letter === 'f') records.failed++;
      else if (letter === 'b') records.rolledBack++;
      else records.halted++;
      const patient = table.patient[row]!;
      if (t === 0) own[row] = letter;
      else if (patient >= 0) activity[patient]! |= letterBit(letter);
    }
  });
  const patients = { total: workload.patients, complete: 0, warned: 0, partial: 0, notMigrated: 0 };
  for (let p = 0; p < workload.patients; p++) {
    const letter = patientLetter(own[p]!, activity[p]!);
    if (letter === 'c') patients.complete++;
    else if (letter === 'a') patients.warned++;
    else if (letter === 'x') patients.partial++;
    else patients.notMigrated++;
  }
  return { records, patients };
}

/** Records committed to production and records come to rest, over time. */
function progressSeries(trace: StrategyTrace, workload: Workload): StrategyResult['progress'] {
  const steps: { t: number; loaded: number; done: number }[] = [];
  for (const unit of trace.units) {
    const loadable = unit.batches.reduce((n, b) => n + (b.end - b.start) - rejectedIn(workload, b), 0);
    if (unit.committedAt !== null) {
      steps.push({ t: unit.committedAt, loaded: loadable, done: 0 });
      if (unit.state === 'rolled_back') steps.push({ t: unit.settledAt!, loaded: -loadable, done: 0 });
    }
    if (unit.settledAt !== null) steps.push({ t: unit.settledAt, loaded: 0, done: unit.records });
  }
  steps.sort((a, b) => a.t - b.t);
  const points: StrategyResult['progress'] = [];
  let loaded = 0;
  let done = 0;
  let next = 0;
  for (let k = 0; k <= FRAMES; k++) {
    const t = (trace.seconds * k) / FRAMES;
    while (next < steps.length && steps[next]!.t <= t + 1e-9) {
      loaded += steps[next]!.loaded;
      done += steps[next]!.done;
      next++;
    }
    points.push({ t: round(t), loaded, done });
  }
  return points;
}

/** The patient grid: every stride-th patient's letter at each of the frames. */
function patientGrid(trace: StrategyTrace, workload: Workload, units: RecordUnits): StrategyResult['grid'] {
  const stride = Math.max(1, Math.ceil(workload.patients / GRID_PATIENTS));
  const shown = Math.ceil(workload.patients / stride);
  const activity: { unit: UnitTrace; defect: number }[][] = Array.from({ length: shown }, () => []);
  workload.tables.forEach((table, t) => {
    if (t === 0) return;
    for (let row = 0; row < table.patient.length; row++) {
      const patient = table.patient[row]!;
      if (patient >= 0 && patient % stride === 0) activity[patient / stride]!.push({ unit: units.unit(t, row), defect: table.defect[row]! });
    }
  });
  const patients = workload.tables[0]!;
  const frames: StrategyResult['grid']['frames'] = [];
  for (let k = 0; k <= FRAMES; k++) {
    const t = k === FRAMES ? Infinity : (trace.seconds * k) / FRAMES;
    let statuses = '';
    for (let i = 0; i < shown; i++) {
      const row = i * stride;
      let mask = 0;
      for (const r of activity[i]!) mask |= letterBit(recordLetter(r.unit, r.defect, t));
      statuses += patientLetter(recordLetter(units.unit(0, row), patients.defect[row]!, t), mask);
    }
    frames.push({ t: round(k === FRAMES ? trace.seconds : t), statuses });
  }
  return { patients: shown, stride, frames };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function mapValues<T extends Record<string, number>>(values: T, of: (v: number) => number): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, of(v)])) as T;
}
