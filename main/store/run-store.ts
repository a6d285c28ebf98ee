import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunDetail, RunIssue, RunStatus, RunSummary, Stage, StageRun, TableCounts } from '../../preload/contract';
import { UserError } from '../engine/errors';
import { appendAudit, sealUnchained } from './audit-chain';
import { BackupStore } from './backup-store';
import { migrate } from './migrate';
import { openDatabase, type Db } from './open-database';

/** An issue as the pipeline records it. */
export interface IssueRecord {
  table: string;
  field: string | null;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number | null;
  key: string | null;
  /** For message formats (HL7 v2, FHIR): the message and segment the row came from. */
  sourceMessage?: string | null;
  sourceSegment?: string | null;
}

/** A rejected row as the pipeline records it, with its reasons. */
export interface RejectRecord {
  file: string;
  line: number | null;
  key: string | null;
  sourceMessage?: string | null;
  sourceSegment?: string | null;
  reasons: string[];
}

/** A committed batch as the pipeline records it. */
export interface BatchRecord {
  table: string;
  seq: number;
  firstLine: number | null;
  lastLine: number | null;
  counts: Omit<TableCounts, 'name'>;
}

/** Where a project keeps its run store. */
export function runStorePath(projectDir: string): string {
  return join(projectDir, '.cutover', 'run-store.db');
}

/**
 * The run store: every run, its tables, stages, batches, issues and rejects, and the
 * audit log, in `<project>/.cutover/run-store.db`.
 */
export class RunStore {
  private constructor(readonly db: Db) {}

  /** Opens (creating and migrating as needed) the run store of a project. */
  static open(projectDir: string): RunStore {
    const file = runStorePath(projectDir);
    mkdirSync(join(projectDir, '.cutover'), { recursive: true });
    let db: Db | undefined;
    try {
      db = openDatabase(file);
      migrate(db, file);
      const store = new RunStore(db);
      sealUnchained(db);
      store.closeInterruptedRuns();
      return store;
    } catch (error) {
      db?.close();
      if (error instanceof UserError) throw error;
      throw new UserError(`Cannot open the run store: ${(error as Error).message}`, { file });
    }
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }

  /** Records a new run as running, with its tables in load order. */
  createRun(id: string, tables: readonly string[], options: { dryRun: boolean; [key: string]: unknown }): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO runs (id, status, started_at, dry_run, options_json, pid) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, 'running', new Date().toISOString(), options.dryRun ? 1 : 0, JSON.stringify(options), process.pid);
      const addTable = this.db.prepare('INSERT INTO run_tables (run_id, table_name, position) VALUES (?, ?, ?)');
      tables.forEach((table, position) => addTable.run(id, table, position));
    })();
  }

  /**
   * Marks as failed every run still 'running' whose process is gone (the app was killed
   * or crashed mid-run), so the history never shows a run that will not finish.
   */
  closeInterruptedRuns(): void {
    const running = this.db.prepare("SELECT id, pid FROM runs WHERE status = 'running'").all() as { id: string; pid: number | null }[];
    for (const run of running) {
      if (run.pid !== null && isAlive(run.pid)) continue;
      this.finishRun(run.id, 'failed', 'interrupted: the process running it stopped before it finished');
    }
  }

  /** Records the end of a run. */
  finishRun(id: string, status: Exclude<RunStatus, 'running'>, error: string | null = null): void {
    this.db
      .prepare('UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?')
      .run(status, new Date().toISOString(), error, id);
  }

  /** Records one committed batch and adds its counts to its table's totals. */
  recordBatch(runId: string, batch: BatchRecord): void {
    const { read, written, rejected, skipped } = batch.counts;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO batches (run_id, table_name, seq, first_line, last_line, read, written, rejected, skipped, committed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(runId, batch.table, batch.seq, batch.firstLine, batch.lastLine, read, written, rejected, skipped, new Date().toISOString());
      this.db
        .prepare(
          `UPDATE run_tables SET read = read + ?, written = written + ?, rejected = rejected + ?, skipped = skipped + ?
           WHERE run_id = ? AND table_name = ?`,
        )
        .run(read, written, rejected, skipped, runId, batch.table);
    })();
  }

  /** Records issues and the rejected rows they caused. */
  recordIssues(runId: string, issues: readonly IssueRecord[]): void {
    if (issues.length === 0) return;
    const insert = this.db.prepare(
      `INSERT INTO issues (run_id, table_name, field, rule, severity, message, source_file, source_line, source_key, source_message, source_segment)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const i of issues) {
        insert.run(runId, i.table, i.field, i.rule, i.severity, i.message, i.file, i.line, i.key, i.sourceMessage ?? null, i.sourceSegment ?? null);
      }
    })();
  }

  /** Records rejected rows with their reasons. */
  recordRejects(runId: string, table: string, rows: readonly RejectRecord[]): void {
    if (rows.length === 0) return;
    const insert = this.db.prepare(
      `INSERT INTO rejects (run_id, table_name, source_file, source_line, source_key, source_message, source_segment, reasons)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const r of rows) {
        insert.run(runId, table, r.file, r.line, r.key, r.sourceMessage ?? null, r.sourceSegment ?? null, r.reasons.join('; '));
      }
    })();
  }

  /** Records the totals and time of one stage of one table. */
  recordStage(runId: string, stage: StageRun): void {
    this.db
      .prepare(
        `INSERT INTO stage_runs (run_id, table_name, stage, rows_in, rows_out, millis) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (run_id, table_name, stage) DO UPDATE SET rows_in = excluded.rows_in, rows_out = excluded.rows_out, millis = excluded.millis`,
      )
      .run(runId, stage.table, stage.stage, stage.rowsIn, stage.rowsOut, stage.millis);
  }

  /** Appends to the audit log, chained to the entry before (see audit-chain.ts). */
  audit(action: string, subject: string | null, details: Record<string, unknown> = {}, actor = 'cutover'): void {
    appendAudit(this.db, { at: new Date().toISOString(), actor, action, subject, details_json: JSON.stringify(details) });
  }

  /** Every run, newest first, with its totals. */
  listRuns(): RunSummary[] {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.status, r.started_at, r.finished_at, r.dry_run, r.error,
                COALESCE(SUM(t.read), 0) AS read, COALESCE(SUM(t.written), 0) AS written,
                COALESCE(SUM(t.rejected), 0) AS rejected, COALESCE(SUM(t.skipped), 0) AS skipped,
                (SELECT b.removed_at IS NULL FROM run_backups b WHERE b.run_id = r.id) AS backed_up
         FROM runs r LEFT JOIN run_tables t ON t.run_id = r.id
         GROUP BY r.id ORDER BY r.started_at DESC, r.rowid DESC`,
      )
      .all() as RunRow[];
    const undone = new BackupStore(this.db).undoneRuns();
    return rows.map((row) => toSummary(row, undone.has(row.id)));
  }

  /** One run in full; NOT_FOUND when there is none with that id. */
  getRun(id: string, issueLimit = 100): RunDetail {
    const summary = this.listRuns().find((run) => run.id === id);
    if (!summary) throw new UserError(`No run with id ${id}`, {}, 'NOT_FOUND');
    const tables = this.db
      .prepare('SELECT table_name AS name, read, written, rejected, skipped FROM run_tables WHERE run_id = ? ORDER BY position')
      .all(id) as TableCounts[];
    const stages = this.db
      .prepare(
        `SELECT s.table_name AS "table", s.stage, s.rows_in AS rowsIn, s.rows_out AS rowsOut, s.millis
         FROM stage_runs s JOIN run_tables t ON t.run_id = s.run_id AND t.table_name = s.table_name
         WHERE s.run_id = ? ORDER BY t.position, CASE s.stage WHEN 'extract' THEN 0 WHEN 'transform' THEN 1 WHEN 'validate' THEN 2 ELSE 3 END`,
      )
      .all(id) as { table: string; stage: Stage; rowsIn: number; rowsOut: number; millis: number }[];
    const issueCount = (this.db.prepare('SELECT COUNT(*) AS n FROM issues WHERE run_id = ?').get(id) as { n: number }).n;
    const issues = (
      this.db
        .prepare(
          `SELECT table_name, field, rule, severity, message, source_file, source_line, source_message, source_segment FROM issues
           WHERE run_id = ? ORDER BY id LIMIT ?`,
        )
        .all(id, issueLimit) as IssueRow[]
    ).map(toIssue);
    return { ...summary, tables, stages, issueCount, issues };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface RunRow {
  id: string;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  dry_run: number;
  error: string | null;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
  backed_up: number | null;
}

/** An issue as the `issues` table holds it. */
export interface IssueRow {
  table_name: string;
  field: string | null;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  source_file: string;
  source_line: number | null;
  source_message: string | null;
  source_segment: string | null;
}

function toSummary(row: RunRow, rolledBack: boolean): RunSummary {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    dryRun: row.dry_run === 1,
    read: row.read,
    written: row.written,
    rejected: row.rejected,
    skipped: row.skipped,
    error: row.error,
    rolledBack,
    canRollBack: !rolledBack && row.dry_run === 0 && row.status !== 'running' && row.backed_up === 1,
  };
}

/** An issue row as the contract gives it, with its locator. */
export function toIssue(row: IssueRow): RunIssue {
  const locator: RunIssue['locator'] = { file: row.source_file };
  if (row.source_line !== null) locator.line = row.source_line;
  if (row.source_message !== null) locator.message = row.source_message;
  if (row.source_segment !== null) locator.segment = row.source_segment;
  return { table: row.table_name, field: row.field, rule: row.rule, severity: row.severity, message: row.message, locator };
}
