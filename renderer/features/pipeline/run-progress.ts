import type { RunEvent, RunStatus, Stage, TableCounts } from '../../../preload/contract';

/** The pipeline stages in the order rows pass through them (mirrors the contract's STAGES). */
export const STAGE_ORDER: readonly Stage[] = ['extract', 'transform', 'validate', 'load'];

/** Where a run is, as far as this window has seen. */
export type RunPhase = 'starting' | 'running' | 'finished' | 'failed';

/** Rows and throughput of one stage of one table, as last reported. */
export interface StageFigures {
  rows: number;
  rowsPerSecond: number;
}

/** Everything the Pipeline page and the app bar show about the run being watched. */
export interface RunProgress {
  runId: string;
  phase: RunPhase;
  dryRun: boolean;
  /** Target tables in load order, once `run-started` has been seen. */
  tables: string[];
  totalRows: number;
  rowsDone: number;
  etaSeconds: number | null;
  currentTable: string | null;
  currentStage: Stage | null;
  counts: Record<string, TableCounts>;
  stages: Record<string, Partial<Record<Stage, StageFigures>>>;
  finishedTables: string[];
  issueCount: number;
  status: RunStatus | null;
  failure: string | null;
  /** Wall-clock time this window first heard of the run, for overall throughput. */
  seenAt: number;
}

/** What can change the watched run: an engine event, or what this window learned itself. */
export type RunAction =
  | { kind: 'event'; event: RunEvent; now: number }
  | { kind: 'started'; runId: string; dryRun: boolean; now: number }
  | { kind: 'observed'; runId: string; status: RunStatus; now: number };

function fresh(runId: string, now: number, dryRun = false): RunProgress {
  return {
    runId,
    phase: 'starting',
    dryRun,
    tables: [],
    totalRows: 0,
    rowsDone: 0,
    etaSeconds: null,
    currentTable: null,
    currentStage: null,
    counts: {},
    stages: {},
    finishedTables: [],
    issueCount: 0,
    status: null,
    failure: null,
    seenAt: now,
  };
}

/** Tells whether a run is still going as far as this window knows. */
export function isActive(progress: RunProgress | null): boolean {
  return progress !== null && (progress.phase === 'starting' || progress.phase === 'running');
}

/**
 * Folds one action into the watched run. Events of another run replace the state, so a
 * run started from elsewhere (or before this page opened) is still followed; nothing ever
 * moves a finished run back to running, because events and HTTP answers race.
 */
export function reduceRunProgress(state: RunProgress | null, action: RunAction): RunProgress | null {
  if (action.kind === 'started') {
    if (state?.runId === action.runId) return { ...state, dryRun: action.dryRun };
    return fresh(action.runId, action.now, action.dryRun);
  }
  if (action.kind === 'observed') {
    if (action.status === 'running') {
      return state?.runId === action.runId ? state : { ...fresh(action.runId, action.now), phase: 'running' };
    }
    if (state?.runId !== action.runId || !isActive(state)) return state;
    return { ...state, phase: 'finished', status: action.status, currentTable: null, currentStage: null };
  }
  const event = action.event;
  const base = state?.runId === event.runId ? state : fresh(event.runId, action.now);
  return applyEvent(base, event);
}

function applyEvent(state: RunProgress, event: RunEvent): RunProgress {
  const running = isActive(state) ? 'running' : state.phase;
  switch (event.type) {
    case 'run-started':
      return { ...state, phase: running, tables: event.tables, totalRows: event.totalRows, dryRun: event.dryRun };
    case 'stage-started':
      return { ...state, phase: running, currentTable: event.table, currentStage: event.stage };
    case 'batch-committed': {
      const stages = { ...state.stages[event.table] };
      for (const s of event.stages) stages[s.stage] = { rows: s.rows, rowsPerSecond: s.rowsPerSecond };
      return {
        ...state,
        phase: running,
        currentTable: state.currentTable ?? event.table,
        rowsDone: Math.max(state.rowsDone, event.rowsDone),
        totalRows: event.totalRows,
        etaSeconds: event.etaSeconds,
        counts: { ...state.counts, [event.table]: event.counts },
        stages: { ...state.stages, [event.table]: stages },
        tables: state.tables.includes(event.table) ? state.tables : [...state.tables, event.table],
      };
    }
    case 'issue-found':
      return { ...state, issueCount: state.issueCount + event.count };
    case 'table-finished':
      return {
        ...state,
        counts: { ...state.counts, [event.counts.name]: event.counts },
        finishedTables: [...state.finishedTables, event.counts.name],
      };
    case 'run-finished': {
      const counts = { ...state.counts };
      for (const table of event.tables) counts[table.name] = table;
      return {
        ...state,
        phase: 'finished',
        status: event.status,
        counts,
        currentTable: null,
        currentStage: null,
        etaSeconds: null,
      };
    }
    case 'run-failed':
      return { ...state, phase: 'failed', status: 'failed', failure: event.message, currentTable: null, currentStage: null };
  }
}

/** Per stage, the rows done summed over tables and the latest throughput reported. */
export function stageTotals(progress: RunProgress): Record<Stage, StageFigures> {
  const totals = Object.fromEntries(STAGE_ORDER.map((s) => [s, { rows: 0, rowsPerSecond: 0 }])) as Record<Stage, StageFigures>;
  for (const table of Object.keys(progress.stages)) {
    for (const stage of STAGE_ORDER) {
      const figures = progress.stages[table]?.[stage];
      if (!figures) continue;
      totals[stage].rows += figures.rows;
      if (table === progress.currentTable || totals[stage].rowsPerSecond === 0) {
        totals[stage].rowsPerSecond = figures.rowsPerSecond;
      }
    }
  }
  return totals;
}
