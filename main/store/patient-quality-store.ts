import type { Db } from './open-database';

/** One patient's records in a batch: how many, their scores summed, how many rejected or warned. */
export interface PatientTally {
  records: number;
  scoreSum: number;
  rejected: number;
  warned: number;
}

/** One patient's quality over a run. */
export interface PatientQuality {
  patient: string;
  /** Mean quality score of the patient's records (1 = every check of every record passed). */
  score: number;
  records: number;
  rejected: number;
  warned: number;
}

/** How a run's patients did: how many, their mean score, and how many fall in each band of scores. */
export interface PatientQualitySummary {
  patientTable: string;
  patients: number;
  meanScore: number;
  /** Patients whose every record passed every check. */
  perfect: number;
  /** Patients with at least one record rejected. */
  withRejects: number;
  bands: { from: number; to: number; patients: number }[];
}

/** The score bands, finer near 1 where most patients are. */
const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1];

/** Quality per patient in the run store (migration 011). */
export class PatientQualityStore {
  constructor(private readonly db: Db) {}

  /** Adds a batch's tallies to its patients' totals for the run; `patientTable` is the table whose key names them. */
  add(runId: string, patientTable: string, tallies: ReadonlyMap<string, PatientTally>): void {
    if (tallies.size === 0) return;
    this.db.prepare('INSERT OR IGNORE INTO patient_quality_tables (run_id, patient_table) VALUES (?, ?)').run(runId, patientTable);
    const upsert = this.db.prepare(
      `INSERT INTO patient_quality (run_id, patient, records, score_sum, rejected, warned) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, patient) DO UPDATE SET records = records + excluded.records, score_sum = score_sum + excluded.score_sum,
         rejected = rejected + excluded.rejected, warned = warned + excluded.warned`,
    );
    this.db.transaction(() => {
      for (const [patient, t] of tallies) upsert.run(runId, patient, t.records, t.scoreSum, t.rejected, t.warned);
    })();
  }

  /** The run's patients summed up; null when the run scored no patient (no patient table, or no rows). */
  summary(runId: string): PatientQualitySummary | null {
    const totals = this.db
      .prepare(
        `SELECT count(*) AS patients, avg(score_sum / records) AS mean, sum(score_sum >= records - 1e-9) AS perfect, sum(rejected > 0) AS withRejects
         FROM patient_quality WHERE run_id = ?`,
      )
      .get(runId) as { patients: number; mean: number | null; perfect: number | null; withRejects: number | null };
    if (totals.patients === 0) return null;
    const patientTable = (this.db.prepare('SELECT patient_table FROM patient_quality_tables WHERE run_id = ?').pluck().get(runId) as string | undefined) ?? 'patients';
    const scores = this.db.prepare('SELECT score_sum / records AS score FROM patient_quality WHERE run_id = ?').pluck().all(runId) as number[];
    const bands = BANDS.slice(0, -1).map((from, i) => ({ from, to: BANDS[i + 1]!, patients: 0 }));
    for (const score of scores) {
      if (score >= 1 - 1e-9) continue;
      const band = bands.findLast((b) => score >= b.from) ?? bands[0]!;
      band.patients++;
    }
    return { patientTable, patients: totals.patients, meanScore: totals.mean ?? 0, perfect: totals.perfect ?? 0, withRejects: totals.withRejects ?? 0, bands };
  }

  /** A page of the run's patients, lowest score first (then most rejected), with how many there are below a perfect score. */
  lowest(runId: string, offset: number, limit: number): { total: number; patients: PatientQuality[] } {
    const total = (this.db.prepare('SELECT count(*) AS n FROM patient_quality WHERE run_id = ? AND score_sum < records - 1e-9').get(runId) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT patient, score_sum / records AS score, records, rejected, warned FROM patient_quality
         WHERE run_id = ? AND score_sum < records - 1e-9 ORDER BY score, rejected DESC, patient LIMIT ? OFFSET ?`,
      )
      .all(runId, limit, offset) as PatientQuality[];
    return { total, patients: rows };
  }
}
