import { UserError } from '../engine/errors';
import type { Db } from './open-database';

/** Where an unfinished run stopped: the tables it finished, and per other table what committed batches took care of. */
export interface ResumePoint {
  finished: Set<string>;
  committed: Map<string, { rows: number; seq: number }>;
}

/**
 * What resuming a run needs from the run store: where it stopped, and reopening it. Only a
 * failed or cancelled real run can resume (a dry run's scratch target is gone).
 */
export class ResumeStore {
  constructor(private readonly db: Db) {}

  /** Where a run stopped; refuses runs that cannot resume, saying why. */
  resumePoint(runId: string): ResumePoint {
    const run = this.db.prepare('SELECT status, dry_run FROM runs WHERE id = ?').get(runId) as { status: string; dry_run: number } | undefined;
    if (!run) throw new UserError(`no run with id ${runId}`, { field: 'resume' }, 'NOT_FOUND');
    if (run.dry_run) throw new UserError('a dry run cannot resume: its scratch target was thrown away; start a new one', { field: 'resume' });
    if (run.status === 'succeeded') throw new UserError('this run finished; there is nothing to resume', { field: 'resume' }, 'CONFLICT');
    if (run.status === 'running') throw new UserError('this run is still going', { field: 'resume' }, 'CONFLICT');
    const rolledBack = (this.db.prepare('SELECT undone_runs FROM rollbacks').all() as { undone_runs: string }[]).some((r) => (JSON.parse(r.undone_runs) as string[]).includes(runId));
    if (rolledBack) throw new UserError('this run was rolled back; start a new one', { field: 'resume' }, 'CONFLICT');
    const finished = new Set((this.db.prepare('SELECT DISTINCT table_name FROM stage_runs WHERE run_id = ?').all(runId) as { table_name: string }[]).map((r) => r.table_name));
    const committed = new Map<string, { rows: number; seq: number }>();
    for (const row of this.db.prepare('SELECT table_name, sum(read) AS rows, max(seq) AS seq FROM batches WHERE run_id = ? GROUP BY table_name').all(runId) as { table_name: string; rows: number; seq: number }[]) {
      committed.set(row.table_name, { rows: row.rows, seq: row.seq });
    }
    return { finished, committed };
  }

  /** Marks a stopped run as running again, in this process. */
  reopen(runId: string): void {
    this.db.prepare("UPDATE runs SET status = 'running', finished_at = NULL, error = NULL, pid = ? WHERE id = ?").run(process.pid, runId);
  }

  /** The counts a run has so far for one table. */
  tableCounts(runId: string, table: string): { read: number; written: number; rejected: number; skipped: number } {
    return (this.db.prepare('SELECT read, written, rejected, skipped FROM run_tables WHERE run_id = ? AND table_name = ?').get(runId, table) as
      | { read: number; written: number; rejected: number; skipped: number }
      | undefined) ?? { read: 0, written: 0, rejected: 0, skipped: 0 };
  }
}
