import type { SignOff } from '../engine/evidence/pack-input';
import { UserError } from '../engine/errors';
import { verifyAudit } from './audit-chain';
import type { Db } from './open-database';
import type { RunStore } from './run-store';

interface SignOffRow {
  id: number;
  at: string;
  name: string;
  role: string;
  statement: string;
  run_id: string;
  profile: string;
  verdict: 'PASS' | 'FAIL';
  audit_head: string;
}

/** Sign-offs in the run store (migration 008). */
export class SignOffStore {
  constructor(private readonly store: RunStore) {}

  private get db(): Db {
    return this.store.db;
  }

  /**
   * Records a sign-off sealing the audit trail as it stands: its newest hash is kept with
   * the sign-off, then the sign-off itself joins the trail. Refused when the trail is
   * already broken: nobody should sign over evidence that was changed.
   */
  add(entry: Omit<SignOff, 'id' | 'at' | 'auditHead'>, now = new Date()): SignOff {
    for (const [field, value] of [['name', entry.name], ['role', entry.role], ['statement', entry.statement]] as const) {
      if (!value.trim()) throw new UserError(`a sign-off needs a ${field}`, { field });
    }
    const chain = verifyAudit(this.db);
    if (!chain.verified) throw new UserError(`the audit trail is broken at entry ${chain.brokenAt}; it cannot be signed off`, { field: 'audit' }, 'CONFLICT');
    const auditHead = chain.headHash ?? '';
    const info = this.db
      .prepare('INSERT INTO signoffs (at, name, role, statement, run_id, profile, verdict, audit_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(now.toISOString(), entry.name.trim(), entry.role.trim(), entry.statement.trim(), entry.runId, entry.profile, entry.verdict, auditHead);
    this.store.audit('signoff.added', entry.runId, { profile: entry.profile, verdict: entry.verdict, role: entry.role.trim(), auditHead }, entry.name.trim());
    return { id: Number(info.lastInsertRowid), at: now.toISOString(), name: entry.name.trim(), role: entry.role.trim(), statement: entry.statement.trim(), runId: entry.runId, profile: entry.profile, verdict: entry.verdict, auditHead };
  }

  /** Every sign-off, oldest first (of one run when given). */
  list(runId?: string): SignOff[] {
    const rows = (runId
      ? this.db.prepare('SELECT * FROM signoffs WHERE run_id = ? ORDER BY id').all(runId)
      : this.db.prepare('SELECT * FROM signoffs ORDER BY id').all()) as SignOffRow[];
    return rows.map((r) => ({ id: r.id, at: r.at, name: r.name, role: r.role, statement: r.statement, runId: r.run_id, profile: r.profile, verdict: r.verdict, auditHead: r.audit_head }));
  }
}
