import type { LinkEvaluation } from '../engine/dedup/evaluate-links';
import type { LinkedPair, LinkStats } from '../engine/dedup/link-records';
import type { Db } from './open-database';

/** A stored linkage run, without its pairs. */
export interface DedupRunRow {
  id: number;
  at: string;
  table: string;
  stats: LinkStats;
  /** Per field, the log2 weights fitted for each level: how much each agreement counts. */
  model: unknown;
  evaluation: LinkEvaluation | null;
}

/** A pair as stored: the engine's decision, and a person's when they made one. */
export interface StoredPair {
  a: string;
  b: string;
  weight: number;
  decision: 'match' | 'review';
  levels: Record<string, string>;
  review: { decision: 'same' | 'different'; by: string; at: string } | null;
}

/** Deduplication results in the run store (migration 010). */
export class DedupStore {
  constructor(private readonly db: Db) {}

  /** Keeps a linkage run with the pairs it matched or sent to review; answers its id. */
  record(run: Omit<DedupRunRow, 'id'>, pairs: readonly LinkedPair[]): number {
    return this.db.transaction(() => {
      const info = this.db
        .prepare('INSERT INTO dedup_runs (at, target_table, stats_json, model_json, evaluation_json) VALUES (?, ?, ?, ?, ?)')
        .run(run.at, run.table, JSON.stringify(run.stats), JSON.stringify(run.model), run.evaluation ? JSON.stringify(run.evaluation) : null);
      const id = Number(info.lastInsertRowid);
      const insert = this.db.prepare('INSERT INTO dedup_pairs (dedup_id, a, b, weight, decision, levels_json) VALUES (?, ?, ?, ?, ?, ?)');
      for (const p of pairs) if (p.decision !== 'non_match') insert.run(id, p.a, p.b, p.weight, p.decision, JSON.stringify(p.levels));
      return id;
    })();
  }

  /** The newest linkage run, or null before the first. */
  latest(): DedupRunRow | null {
    const row = this.db.prepare('SELECT * FROM dedup_runs ORDER BY id DESC LIMIT 1').get() as
      | { id: number; at: string; target_table: string; stats_json: string; model_json: string; evaluation_json: string | null }
      | undefined;
    if (!row) return null;
    return { id: row.id, at: row.at, table: row.target_table, stats: JSON.parse(row.stats_json), model: JSON.parse(row.model_json), evaluation: row.evaluation_json ? JSON.parse(row.evaluation_json) : null };
  }

  /** A run's pairs with any review decisions, highest weight first (of one decision when given). */
  pairs(dedupId: number, decision?: 'match' | 'review'): StoredPair[] {
    const rows = this.db
      .prepare(
        `SELECT p.a, p.b, p.weight, p.decision, p.levels_json, r.decision AS review, r.decided_by, r.decided_at
         FROM dedup_pairs p LEFT JOIN dedup_reviews r ON r.pair = (CASE WHEN p.a < p.b THEN p.a || '|' || p.b ELSE p.b || '|' || p.a END)
         WHERE p.dedup_id = ? ${decision ? 'AND p.decision = ?' : ''} ORDER BY p.weight DESC, p.a, p.b`,
      )
      .all(...(decision ? [dedupId, decision] : [dedupId])) as {
      a: string;
      b: string;
      weight: number;
      decision: 'match' | 'review';
      levels_json: string;
      review: 'same' | 'different' | null;
      decided_by: string | null;
      decided_at: string | null;
    }[];
    return rows.map((r) => ({
      a: r.a,
      b: r.b,
      weight: r.weight,
      decision: r.decision,
      levels: JSON.parse(r.levels_json),
      review: r.review ? { decision: r.review, by: r.decided_by!, at: r.decided_at! } : null,
    }));
  }

  /** Records (or, with null, withdraws) a person's decision on a pair. */
  decide(pair: string, decision: 'same' | 'different' | null, by: string, at = new Date()): void {
    if (decision === null) this.db.prepare('DELETE FROM dedup_reviews WHERE pair = ?').run(pair);
    else
      this.db
        .prepare('INSERT INTO dedup_reviews (pair, decision, decided_by, decided_at) VALUES (?, ?, ?, ?) ON CONFLICT (pair) DO UPDATE SET decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at')
        .run(pair, decision, by, at.toISOString());
  }
}
