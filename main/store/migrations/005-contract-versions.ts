/**
 * Versions of the mapping contract: the whole file as it was after each change made
 * through the app (or imported), with who made it and why, so any version can be read,
 * compared or restored. The SHA-256 names the content.
 */
export const migration005 = `
CREATE TABLE contract_versions (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  author TEXT,
  note TEXT NOT NULL,
  content TEXT NOT NULL
);
CREATE INDEX contract_versions_sha ON contract_versions (sha256);
`;
