import type { Db } from './open-database';

/** The options a run was started with, as far as the store recorded them. */
export interface RecordedOptions {
  batchSize: number | null;
  strategy: string | null;
}

/** A gate profile's newest recorded verdict on a run. */
export interface RecordedVerdict {
  profile: string;
  verdict: 'PASS' | 'FAIL';
}

/** The reads comparing runs needs beyond what `RunStore.getRun` answers. */
export class ComparisonStore {
  constructor(private readonly db: Db) {}

  /** The batch size and strategy a run recorded when it started; nulls for what it did not record. */
  runOptions(runId: string): RecordedOptions {
    const row = this.db.prepare('SELECT options_json FROM runs WHERE id = ?').get(runId) as { options_json: string } | undefined;
    let options: Record<string, unknown> = {};
    try {
      options = JSON.parse(row?.options_json ?? '{}') as Record<string, unknown>;
    } catch {
      // A damaged options column loses the options, not the comparison.
    }
    return {
      batchSize: Number.isInteger(options.batchSize) ? (options.batchSize as number) : null,
      strategy: typeof options.strategy === 'string' ? options.strategy : null,
    };
  }

  /** Each gate profile's newest recorded verdict on a run, by profile name. */
  latestVerdicts(runId: string): RecordedVerdict[] {
    return this.db
      .prepare(
        `SELECT profile, verdict FROM gate_evaluations g
         WHERE run_id = ? AND id = (SELECT max(id) FROM gate_evaluations WHERE run_id = g.run_id AND profile = g.profile)
         ORDER BY profile`,
      )
      .all(runId) as RecordedVerdict[];
  }
}
