/**
 * A tamper-evident audit trail: each entry keeps the hash of the one before and its own
 * (SHA-256 over the previous hash and the entry), so an edit, a deletion or a reordering
 * breaks the chain from that entry on. Sign-offs quote the newest hash, sealing what came
 * before them. Entries written before this migration are chained when the store opens.
 */
export const migration008 = `
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE TABLE signoffs (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role TEXT NOT NULL CHECK (length(trim(role)) > 0),
  statement TEXT NOT NULL CHECK (length(trim(statement)) > 0),
  run_id TEXT NOT NULL REFERENCES runs(id),
  profile TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('PASS','FAIL')),
  audit_head TEXT NOT NULL
);
`;
