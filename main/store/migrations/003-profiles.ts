/** Source profiles: one row per profiling scan, the whole result kept as JSON. */
export const migration003 = `
CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','cancelled')),
  min_cell_count INTEGER NOT NULL,
  result_json TEXT,
  error TEXT
);
`;
