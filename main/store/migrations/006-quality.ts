/**
 * Quality results: per table of a run, rows that loaded with warnings and the sum of the
 * rows' quality scores (the mean is the sum over rows read); per rule of a run, how many
 * rows (or values) it checked and how many failed.
 */
export const migration006 = `
ALTER TABLE run_tables ADD COLUMN warnings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run_tables ADD COLUMN quality_sum REAL NOT NULL DEFAULT 0;
CREATE TABLE rule_results (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  check_name TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error','warning')),
  kind TEXT NOT NULL CHECK (kind IN ('row','table')),
  checked INTEGER NOT NULL,
  failed INTEGER NOT NULL,
  message TEXT,
  PRIMARY KEY (run_id, table_name, rule_id)
);
`;
