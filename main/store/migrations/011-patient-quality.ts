/**
 * Quality per patient: for each run, each patient's records checked (any table that
 * names the patient), the sum of their quality scores, and how many were rejected or
 * loaded with a warning. The patient is kept by the target's own patient key, as the
 * load ledger and the deduplication pairs keep ids; never other values.
 */
export const migration011 = `
CREATE TABLE patient_quality (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  patient TEXT NOT NULL,
  records INTEGER NOT NULL,
  score_sum REAL NOT NULL,
  rejected INTEGER NOT NULL,
  warned INTEGER NOT NULL,
  PRIMARY KEY (run_id, patient)
) WITHOUT ROWID;
CREATE TABLE patient_quality_tables (
  run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  patient_table TEXT NOT NULL
);
`;
