/**
 * Deduplication: each linkage run of a target table (its counts, fitted model and, with
 * labels, its accuracy), the pairs it matched or sent to review (ids, weights and agreement
 * levels, never values), and people's review decisions, kept by pair across runs.
 */
export const migration010 = `
CREATE TABLE dedup_runs (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  target_table TEXT NOT NULL,
  stats_json TEXT NOT NULL,
  model_json TEXT NOT NULL,
  evaluation_json TEXT
);
CREATE TABLE dedup_pairs (
  dedup_id INTEGER NOT NULL REFERENCES dedup_runs(id) ON DELETE CASCADE,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  weight REAL NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('match','review')),
  levels_json TEXT NOT NULL,
  PRIMARY KEY (dedup_id, a, b)
);
CREATE TABLE dedup_reviews (
  pair TEXT PRIMARY KEY,
  decision TEXT NOT NULL CHECK (decision IN ('same','different')),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
`;
