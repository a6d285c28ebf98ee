/**
 * Release gates: each evaluation of a profile against a run, with its verdict and the
 * evidence as JSON; and waivers, each naming who waived which gate of which run and why.
 */
export const migration007 = `
CREATE TABLE gate_evaluations (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  profile TEXT NOT NULL,
  evaluated_at TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('PASS','FAIL')),
  result_json TEXT NOT NULL
);
CREATE INDEX gate_evaluations_by_run ON gate_evaluations(run_id, profile);
CREATE TABLE gate_waivers (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  profile TEXT NOT NULL,
  metric TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  waived_by TEXT NOT NULL CHECK (length(trim(waived_by)) > 0),
  waived_at TEXT NOT NULL,
  PRIMARY KEY (run_id, profile, metric)
);
`;
