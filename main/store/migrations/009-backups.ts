/**
 * Reversible runs: the copy of the target taken before each run loaded anything (or a
 * note that there was no target yet), and each rollback: which run it undid, who asked,
 * and the copy of the target taken just before, so a rollback can itself be undone.
 */
export const migration009 = `
CREATE TABLE run_backups (
  run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  file TEXT,
  bytes INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE TABLE rollbacks (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs(id),
  rolled_back_at TEXT NOT NULL,
  rolled_back_by TEXT NOT NULL,
  undone_runs TEXT NOT NULL,
  safety_copy TEXT
);
`;
