import type { Locator, RunEvent } from '../../../preload/contract';
import type { IssueRecord, RejectRecord, RunStore } from '../../store/run-store';
import { openSource } from '../connectors/open-source';
import { CancelledError } from '../errors';
import { TableProgress } from './progress';
import type { SqliteTarget } from './sqlite-target';
import type { TablePlan } from './table-plan';
import { QualityStore } from '../../store/quality-store';
import { PatientQualityStore, type PatientTally } from '../../store/patient-quality-store';
import { rowScore, TableRuleRun } from './apply-rules';
import { transformRow, type MappedRow, type RowProblem } from './transform-row';

/** What one table's load needs from the run around it. */
export interface TableRunContext {
  runId: string;
  /** The project folder, which source paths are relative to. */
  projectDir: string;
  store: RunStore;
  target: SqliteTarget;
  batchSize: number;
  signal?: AbortSignal;
  emit: (event: RunEvent) => void;
  /** The target as project.yaml names it, for issues found in the target rather than a source file. */
  targetLabel: string;
  /** When resuming: source rows a committed batch already took care of (skipped on reading), and the last batch number. */
  resumeFrom?: { rows: number; seq: number };
  /**
   * Rows the whole run has read so far, shared by every table it loads (tables may load
   * side by side), its total and when it started, for progress and ETA.
   */
  runRows: { read: number };
  totalRows: number;
  startedAt: number;
}

/**
 * Streams one target table's driving source through extract → transform → validate →
 * load, batch by batch. Each batch's rows are loaded in one target transaction, then
 * recorded in the run store with its issues and rejects.
 */
export async function loadTable(plan: TablePlan, context: TableRunContext): Promise<TableProgress> {
  const { runId, store, target, emit } = context;
  const name = plan.table.name;
  const progress = new TableProgress(name);
  const writer = target.writer(plan);
  const rules = new TableRuleRun(plan);
  const quality = new QualityStore(store.db);
  const patients = new PatientQualityStore(store.db);
  for (const stage of ['extract', 'transform', 'validate', 'load'] as const) emit({ type: 'stage-started', runId, table: name, stage });
  const connection = openSource(plan.source.source, { baseDir: context.projectDir });
  const batches = connection.read(plan.source.name, { batchSize: context.batchSize, signal: context.signal });
  const pendingIssues = new Map<string, number>();
  const flushIssues = () => {
    for (const [rule, count] of pendingIssues) emit({ type: 'issue-found', runId, table: name, rule, count });
    pendingIssues.clear();
  };
  let seq = context.resumeFrom?.seq ?? 0;
  // Resuming re-reads the source up to where the last committed batch ended; those rows are
  // already loaded and counted. (Were one loaded but not yet counted, the ledger skips it.)
  let toSkip = context.resumeFrom?.rows ?? 0;
  try {
    for (;;) {
      if (context.signal?.aborted) throw new CancelledError('Run cancelled');
      const extractStart = performance.now();
      const next = await batches.next();
      if (next.done) break;
      let rows = next.value;
      if (toSkip > 0) {
        const skip = Math.min(toSkip, rows.length);
        toSkip -= skip;
        rows = rows.slice(skip);
        if (rows.length === 0) continue;
      }
      progress.add('extract', rows.length, performance.now() - extractStart);

      const mapped: LoadedRow[] = progress.time('transform', rows.length, () => rows.map((row) => transformRow(plan, row)));
      progress.time('validate', mapped.length, () => {
        checkParents(mapped, writer.missingParent);
        rules.checkRows(mapped);
      });
      const counts = { read: rows.length, written: 0, rejected: 0, skipped: 0 };
      const loadable = mapped.filter((m) => m.problems.length === 0).length;
      progress.time('load', loadable, () => {
        target.transaction(() => {
          for (const row of mapped) {
            if (row.problems.length === 0) loadRow(row, writer.load);
            if (row.problems.length > 0) counts.rejected++;
            else if (row.outcome === 'skipped') counts.skipped++;
            else counts.written++;
          }
        });
        seq++;
        const issues = toIssues(name, mapped);
        store.recordBatch(runId, {
          table: name,
          seq,
          firstLine: rows[0]?.locator.line ?? null,
          lastLine: rows.at(-1)?.locator.line ?? null,
          counts,
        });
        store.recordIssues(runId, issues);
        store.recordRejects(runId, name, toRejects(mapped));
        const scores = mapped.map((m) => rowScore(plan, m));
        quality.addTableQuality(runId, name, mapped.filter((m) => m.problems.length === 0 && m.warnings.length > 0).length, sum(scores, (score) => score));
        if (plan.patientKey && plan.patientTable) patients.add(runId, plan.patientTable, tallyPatients(plan.patientKey, mapped, scores));
        for (const issue of issues) pendingIssues.set(issue.rule, (pendingIssues.get(issue.rule) ?? 0) + 1);
      });
      for (const key of ['read', 'written', 'rejected', 'skipped'] as const) progress.counts[key] += counts[key];
      context.runRows.read += counts.read;
      if (progress.due()) {
        flushIssues();
        emit(progressEvent(progress, context, seq));
      }
      // Let the host answer other requests (and the window repaint) between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await batches.return(undefined);
    await connection.close();
  }
  const findings = progress.time('validate', 0, () => rules.checkTable(target.db));
  store.recordIssues(
    runId,
    findings.map((f) => ({ table: name, field: f.field, rule: f.rule, severity: f.severity, message: f.message, file: context.targetLabel, line: null, key: null })),
  );
  for (const f of findings) pendingIssues.set(f.rule, (pendingIssues.get(f.rule) ?? 0) + 1);
  quality.recordRuleResults(runId, rules.results());
  flushIssues();
  emit(progressEvent(progress, context, seq));
  emit({ type: 'table-finished', runId, counts: { ...progress.counts } });
  return progress;
}

/** A batch's rows summed up per patient: records, scores, rejected and warned. */
function tallyPatients(keyOf: (values: MappedRow['values']) => string | null, rows: readonly MappedRow[], scores: readonly number[]): Map<string, PatientTally> {
  const tallies = new Map<string, PatientTally>();
  rows.forEach((row, i) => {
    const key = keyOf(row.values);
    if (key === null) return;
    const tally = tallies.get(key) ?? { records: 0, scoreSum: 0, rejected: 0, warned: 0 };
    tally.records++;
    tally.scoreSum += scores[i]!;
    if (row.problems.length > 0) tally.rejected++;
    else if (row.warnings.length > 0) tally.warned++;
    tallies.set(key, tally);
  });
  return tallies;
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}

type LoadedRow = MappedRow & { outcome?: 'written' | 'skipped' };

function loadRow(row: LoadedRow, load: (values: MappedRow['values']) => 'written' | 'skipped' | 'duplicate'): void {
  try {
    const outcome = load(row.values);
    if (outcome === 'duplicate') {
      row.problems.push({ rule: 'duplicate_key', field: null, message: 'another row of this run has the same key' });
    } else {
      row.outcome = outcome;
    }
  } catch (error) {
    // SQLite's own constraint messages name the table and column, never the value.
    const message = (error as Error).message;
    const rule = /FOREIGN KEY/i.test(message) ? 'references' : /NOT NULL/i.test(message) ? 'required' : /UNIQUE|PRIMARY KEY/i.test(message) ? 'duplicate_key' : 'constraint';
    row.problems.push({ rule, field: null, message: `the target refused the row: ${message}` });
  }
}

function checkParents(rows: MappedRow[], missingParent: (values: MappedRow['values']) => { columns: string[]; refTable: string } | null) {
  for (const row of rows) {
    if (row.problems.length > 0) continue;
    const fk = missingParent(row.values);
    if (fk) {
      row.problems.push({
        rule: 'references',
        field: fk.columns.join(','),
        message: `${fk.columns.join(', ')} points at no loaded ${fk.refTable} row`,
      });
    }
  }
}

function toIssues(table: string, rows: MappedRow[]): IssueRecord[] {
  const issue = (row: MappedRow, p: RowProblem, severity: 'error' | 'warning'): IssueRecord => ({
    table,
    field: p.field,
    rule: p.rule,
    severity,
    message: p.message,
    ...origin(row.source.locator),
    key: null,
  });
  return rows.flatMap((row) => [...row.problems.map((p) => issue(row, p, 'error')), ...row.warnings.map((p) => issue(row, p, 'warning'))]);
}

function toRejects(rows: MappedRow[]): RejectRecord[] {
  return rows
    .filter((m) => m.problems.length > 0)
    .map((m) => ({
      ...origin(m.source.locator),
      key: null,
      reasons: m.problems.map((p) => `${p.rule}${p.field ? ` ${p.field}` : ''}: ${p.message}`),
    }));
}

/** A locator as the run store records it: file and line, or message and segment. */
function origin(locator: Locator): Pick<IssueRecord, 'file' | 'line' | 'sourceMessage' | 'sourceSegment'> {
  return { file: locator.file, line: locator.line ?? null, sourceMessage: locator.message ?? null, sourceSegment: locator.segment ?? null };
}

function progressEvent(progress: TableProgress, context: TableRunContext, seq: number): RunEvent {
  return progress.event(context.runId, seq, context.runRows.read, context.totalRows, performance.now() - context.startedAt);
}
