import type { Db } from './open-database';

/** The copy of the target taken before a run loaded, as the store records it. */
export interface RunBackup {
  runId: string;
  /** The copy's file, relative to the project; null when there was no target yet (undoing means removing it). */
  file: string | null;
  bytes: number;
  createdAt: string;
  /** When the copy was deleted to keep the folder small; a run whose copy is gone cannot be rolled back. */
  removedAt: string | null;
}

/** A rollback: which run it undid (with every run after it), who asked, and the safety copy. */
export interface RollbackRecord {
  runId: string;
  at: string;
  by: string;
  undoneRuns: string[];
  safetyCopy: string | null;
}

/** Backups and rollbacks in the run store (migration 009). */
export class BackupStore {
  constructor(private readonly db: Db) {}

  /** Records the copy taken before a run loaded. */
  recordBackup(backup: Omit<RunBackup, 'removedAt'>): void {
    this.db.prepare('INSERT INTO run_backups (run_id, file, bytes, created_at) VALUES (?, ?, ?, ?)').run(backup.runId, backup.file, backup.bytes, backup.createdAt);
  }

  /** The backup of one run, if it had one. */
  backup(runId: string): RunBackup | null {
    const row = this.db.prepare('SELECT * FROM run_backups WHERE run_id = ?').get(runId) as
      | { run_id: string; file: string | null; bytes: number; created_at: string; removed_at: string | null }
      | undefined;
    return row ? { runId: row.run_id, file: row.file, bytes: row.bytes, createdAt: row.created_at, removedAt: row.removed_at } : null;
  }

  /** Backups still on disk, oldest first. */
  keptBackups(): RunBackup[] {
    const rows = this.db.prepare('SELECT * FROM run_backups WHERE removed_at IS NULL AND file IS NOT NULL ORDER BY created_at, rowid').all() as {
      run_id: string;
      file: string;
      bytes: number;
      created_at: string;
    }[];
    return rows.map((r) => ({ runId: r.run_id, file: r.file, bytes: r.bytes, createdAt: r.created_at, removedAt: null }));
  }

  /** Notes that a backup's file was deleted. */
  markRemoved(runId: string, at = new Date()): void {
    this.db.prepare('UPDATE run_backups SET removed_at = ? WHERE run_id = ?').run(at.toISOString(), runId);
  }

  /** Records a rollback. */
  recordRollback(record: RollbackRecord): void {
    this.db
      .prepare('INSERT INTO rollbacks (run_id, rolled_back_at, rolled_back_by, undone_runs, safety_copy) VALUES (?, ?, ?, ?, ?)')
      .run(record.runId, record.at, record.by, JSON.stringify(record.undoneRuns), record.safetyCopy);
  }

  /** The ids of every run some rollback undid. */
  undoneRuns(): Set<string> {
    const undone = new Set<string>();
    for (const row of this.db.prepare('SELECT undone_runs FROM rollbacks').all() as { undone_runs: string }[]) {
      for (const id of JSON.parse(row.undone_runs) as string[]) undone.add(id);
    }
    return undone;
  }
}
