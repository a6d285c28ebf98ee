import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { BackupStore } from '../../store/backup-store';
import { RunStore } from '../../store/run-store';
import { UserError } from '../errors';
import type { Project } from '../project/inspect-project';
import { backupsDir } from './backup';

/** What a rollback did. */
export interface RollbackResult {
  runId: string;
  /** Every run whose rows it took out of the target: the one asked for and each real run after it. */
  undoneRuns: string[];
  /** The copy of the target as it was just before the rollback, so the rollback can be undone by hand. */
  safetyCopy: string | null;
  /** True when the target did not exist before the run, so undoing it removed the target. */
  removedTarget: boolean;
}

/**
 * Puts the target back as it was before a run: the copy taken before that run replaces it
 * (or, when there was no target before, the target is removed), so that run and every real
 * run after it are undone together — the load ledger lives in the target and comes back
 * with it. The target as it stood is copied aside first. Refused for a dry run, a run
 * already undone, or one whose copy was not kept.
 */
export function rollbackRun(project: Project, runId: string, by: string): RollbackResult {
  const store = RunStore.open(project.dir);
  try {
    const runs = store.listRuns();
    const run = runs.find((r) => r.id === runId);
    if (!run) throw new UserError(`no run with id ${runId}`, { field: 'run' }, 'NOT_FOUND');
    if (run.dryRun) throw new UserError('a dry run changed nothing in the target; there is nothing to roll back', { field: 'run' });
    if (run.status === 'running') throw new UserError('the run is still going; cancel it first', { field: 'run' }, 'CONFLICT');
    if (run.rolledBack) throw new UserError('this run was already rolled back', { field: 'run' }, 'CONFLICT');
    const backups = new BackupStore(store.db);
    const backup = backups.backup(runId);
    if (!backup || backup.removedAt) {
      throw new UserError('no copy of the target from before this run is kept (see pipeline.keepBackups), so it cannot be rolled back', { field: 'run' }, 'NOT_FOUND');
    }
    const target = join(project.dir, project.config.target.path);
    const startedAt = run.startedAt;
    const undoneRuns = runs.filter((r) => !r.dryRun && !r.rolledBack && r.startedAt >= startedAt).map((r) => r.id).reverse();
    const safetyCopy = existsSync(target) ? copyAside(project.dir, target) : null;
    if (backup.file === null) removeDatabase(target);
    else restoreDatabase(resolve(project.dir, backup.file), target);
    const at = new Date().toISOString();
    backups.recordRollback({ runId, at, by, undoneRuns, safetyCopy });
    store.audit('run.rolled_back', runId, { undoneRuns, safetyCopy, restoredFrom: backup.file ?? 'no target' }, by);
    return { runId, undoneRuns, safetyCopy, removedTarget: backup.file === null };
  } finally {
    store.close();
  }
}

function copyAside(projectDir: string, target: string): string {
  mkdirSync(backupsDir(projectDir), { recursive: true });
  const copy = join(backupsDir(projectDir), `before-rollback-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  const db = new Database(target, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(copy);
  } finally {
    db.close();
  }
  return copy.slice(projectDir.length + 1).split('\\').join('/');
}

/** Replaces the target with a copy, through a temporary file, leaving no stale journal behind. */
function restoreDatabase(copy: string, target: string): void {
  if (!existsSync(copy)) throw new UserError('the copy of the target from before this run is missing from .cutover/backups', { file: copy }, 'NOT_FOUND');
  const temporary = `${target}.restore.tmp`;
  copyFileSync(copy, temporary);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(temporary, target);
}

function removeDatabase(target: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
}
