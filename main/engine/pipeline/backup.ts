import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { BackupStore } from '../../store/backup-store';
import type { RunStore } from '../../store/run-store';
import { UserError } from '../errors';

/** Where a project keeps the copies of its target taken before runs. */
export function backupsDir(projectDir: string): string {
  return join(projectDir, '.cutover', 'backups');
}

/**
 * Copies the target before a run loads anything, so the run can be rolled back. The copy
 * is made with SQLite's own VACUUM INTO from a read-only connection: a consistent single
 * file whatever the journal holds. A target that does not exist yet is recorded as such
 * (undoing the run removes it). Older copies beyond `keep` are deleted, oldest first.
 */
export function backupTarget(projectDir: string, targetFile: string, runId: string, store: RunStore, keep: number): void {
  if (keep <= 0) return;
  const backups = new BackupStore(store.db);
  const now = new Date().toISOString();
  if (!existsSync(targetFile)) {
    backups.recordBackup({ runId, file: null, bytes: 0, createdAt: now });
    return;
  }
  mkdirSync(backupsDir(projectDir), { recursive: true });
  const copy = join(backupsDir(projectDir), `before-${runId}.db`);
  const db = new Database(targetFile, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(copy);
  } catch (error) {
    throw new UserError(`could not back up the target before loading: ${(error as Error).message}`, { file: relative(projectDir, targetFile) });
  } finally {
    db.close();
  }
  backups.recordBackup({ runId, file: relative(projectDir, copy).split('\\').join('/'), bytes: statSync(copy).size, createdAt: now });
  const kept = backups.keptBackups();
  for (const old of kept.slice(0, Math.max(0, kept.length - keep))) {
    rmSync(resolve(projectDir, old.file!), { force: true });
    backups.markRemoved(old.runId);
  }
}
