import type { GateVerdict } from '../../preload/contract/gate-schemas';
import type { Waiver } from '../engine/gates/evaluate-gates';
import { UserError } from '../engine/errors';
import type { Db } from './open-database';

/** Gate evaluations and waivers in the run store (migration 007). */
export class GateStore {
  constructor(private readonly db: Db) {}

  /** Keeps an evaluation as evidence: every verdict a board was shown stays on record. */
  recordEvaluation(verdict: GateVerdict): void {
    this.db
      .prepare('INSERT INTO gate_evaluations (run_id, profile, evaluated_at, verdict, result_json) VALUES (?, ?, ?, ?, ?)')
      .run(verdict.runId, verdict.profile, verdict.evaluatedAt, verdict.verdict, JSON.stringify(verdict));
  }

  /** The waivers given for a run's profile. */
  waivers(runId: string, profile: string): Waiver[] {
    return (
      this.db.prepare('SELECT metric, reason, waived_by, waived_at FROM gate_waivers WHERE run_id = ? AND profile = ?').all(runId, profile) as {
        metric: string;
        reason: string;
        waived_by: string;
        waived_at: string;
      }[]
    ).map((w) => ({ metric: w.metric, reason: w.reason, by: w.waived_by, at: w.waived_at }));
  }

  /** Waives one gate of a run's profile; a reason and a name are required, and a waiver cannot be changed, only withdrawn. */
  waive(runId: string, profile: string, metric: string, reason: string, by: string, now = new Date()): void {
    if (!reason.trim()) throw new UserError('a waiver needs a reason', { field: 'reason' });
    if (!by.trim()) throw new UserError('a waiver needs the name of who gives it', { field: 'by' });
    const existing = this.db.prepare('SELECT 1 FROM gate_waivers WHERE run_id = ? AND profile = ? AND metric = ?').get(runId, profile, metric);
    if (existing) throw new UserError(`${metric} is already waived for this run; withdraw the waiver first`, { field: 'metric' }, 'CONFLICT');
    this.db
      .prepare('INSERT INTO gate_waivers (run_id, profile, metric, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(runId, profile, metric, reason.trim(), by.trim(), now.toISOString());
  }

  /** Withdraws a waiver; NOT_FOUND when there is none. */
  withdraw(runId: string, profile: string, metric: string): void {
    const info = this.db.prepare('DELETE FROM gate_waivers WHERE run_id = ? AND profile = ? AND metric = ?').run(runId, profile, metric);
    if (info.changes === 0) throw new UserError(`${metric} has no waiver for this run`, { field: 'metric' }, 'NOT_FOUND');
  }
}
