/** Runs, their stages and batches, issues, rejects and the audit log. */
export const migration001 = `
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','cancelled')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  dry_run INTEGER NOT NULL DEFAULT 0,
  options_json TEXT NOT NULL DEFAULT '{}',
  error TEXT
);

CREATE TABLE run_tables (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  position INTEGER NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  written INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, table_name)
);

CREATE TABLE stage_runs (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('extract','transform','validate','load')),
  rows_in INTEGER NOT NULL DEFAULT 0,
  rows_out INTEGER NOT NULL DEFAULT 0,
  millis REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, table_name, stage)
);

CREATE TABLE batches (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  first_line INTEGER,
  last_line INTEGER,
  read INTEGER NOT NULL,
  written INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  committed_at TEXT NOT NULL,
  PRIMARY KEY (run_id, table_name, seq)
);

CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  field TEXT,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error','warning')),
  message TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER,
  source_key TEXT
);
CREATE INDEX issues_by_run ON issues(run_id, table_name);

CREATE TABLE rejects (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER,
  source_key TEXT,
  reasons TEXT NOT NULL
);
CREATE INDEX rejects_by_run ON rejects(run_id, table_name);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT,
  details_json TEXT NOT NULL DEFAULT '{}'
);
`;
