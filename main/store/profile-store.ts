import { profileSchema, type Profile } from '../../preload/contract/profile-schemas';
import { UserError } from '../engine/errors';
import type { Db } from './open-database';

/** How a profiling scan ended, or that it is still going. */
export type ProfileStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A stored scan without its result. */
export interface ProfileSummary {
  id: string;
  createdAt: string;
  finishedAt: string | null;
  status: ProfileStatus;
  minCellCount: number;
  error: string | null;
}

interface ProfileRow {
  id: string;
  created_at: string;
  finished_at: string | null;
  status: ProfileStatus;
  min_cell_count: number;
  result_json: string | null;
  error: string | null;
}

/**
 * Profiling scans in the run store's `profiles` table (migration 003): a row when a scan
 * starts, its result as JSON when it ends. Only suppressed, exportable profiles are ever
 * saved, so the store holds nothing a `--json` export would not show.
 */
export class ProfileStore {
  constructor(private readonly db: Db) {}

  /** Records a scan as running. */
  start(id: string, createdAt: string, minCellCount: number): void {
    this.db
      .prepare('INSERT INTO profiles (id, created_at, status, min_cell_count) VALUES (?, ?, ?, ?)')
      .run(id, createdAt, 'running', minCellCount);
  }

  /** Saves a finished profile (inserting the row if the scan was not started here). */
  saveProfile(profile: Profile): void {
    this.db
      .prepare(
        `INSERT INTO profiles (id, created_at, finished_at, status, min_cell_count, result_json) VALUES (?, ?, ?, 'succeeded', ?, ?)
         ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, status = 'succeeded',
           min_cell_count = excluded.min_cell_count, result_json = excluded.result_json, error = NULL`,
      )
      .run(profile.id, profile.createdAt, new Date().toISOString(), profile.minCellCount, JSON.stringify(profile));
  }

  /** Records that a scan stopped without a result: cancelled, or failed with a reason. */
  finishWithout(id: string, status: 'failed' | 'cancelled', error: string | null = null): void {
    this.db.prepare('UPDATE profiles SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, new Date().toISOString(), error, id);
  }

  /** A stored profile; NOT_FOUND when there is no finished profile with that id. */
  getProfile(id: string): Profile {
    const row = this.db.prepare('SELECT * FROM profiles WHERE id = ?').get(id) as ProfileRow | undefined;
    if (!row?.result_json) throw new UserError(`No profile with id ${id}`, {}, 'NOT_FOUND');
    return profileSchema.parse(JSON.parse(row.result_json));
  }

  /** The newest finished profile, or null when there is none. */
  latestProfile(): Profile | null {
    const row = this.db
      .prepare("SELECT * FROM profiles WHERE status = 'succeeded' AND result_json IS NOT NULL ORDER BY created_at DESC, rowid DESC LIMIT 1")
      .get() as ProfileRow | undefined;
    return row?.result_json ? profileSchema.parse(JSON.parse(row.result_json)) : null;
  }

  /** Every scan, newest first, without results. */
  listProfiles(): ProfileSummary[] {
    const rows = this.db.prepare('SELECT * FROM profiles ORDER BY created_at DESC, rowid DESC').all() as ProfileRow[];
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
      status: row.status,
      minCellCount: row.min_cell_count,
      error: row.error,
    }));
  }
}
