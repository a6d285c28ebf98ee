import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS, verifyAudit } from '../../../../main/store/audit-chain';
import { RunStore } from '../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith } from '../../helpers/temp-project';
import { callFails, callOk, engineOn } from '../ipc/handlers/handler-helpers';
import { loadProject } from '../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../main/engine/pipeline/run-pipeline';

afterEach(cleanTempDirs);

function storeWith(entries: number): { dir: string; store: RunStore } {
  const dir = demoProjectWith({});
  const store = RunStore.open(dir);
  for (let i = 0; i < entries; i++) store.audit('test.entry', `s${i}`, { n: i });
  return { dir, store };
}

describe('the audit hash chain', () => {
  it('chains every entry to the one before, from a known genesis', () => {
    const { store } = storeWith(4);
    const rows = store.db.prepare('SELECT id, prev_hash, hash FROM audit_log ORDER BY id').all() as { id: number; prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(verifyAudit(store.db)).toEqual({ entries: 4, verified: true, headHash: rows[3]!.hash, brokenAt: null });
    store.close();
  });

  it('finds an edited entry, a deleted one and a changed actor', () => {
    for (const tamper of [
      (db: Database.Database) => db.prepare("UPDATE audit_log SET details_json = '{\"n\":99}' WHERE id = 2").run(),
      (db: Database.Database) => db.prepare('DELETE FROM audit_log WHERE id = 2').run(),
      (db: Database.Database) => db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE id = 3").run(),
    ]) {
      const { store } = storeWith(4);
      tamper(store.db);
      const status = verifyAudit(store.db);
      expect(status.verified).toBe(false);
      expect(status.brokenAt).toBeGreaterThanOrEqual(2);
      store.close();
    }
  });

  it('chains entries written before the chain existed when the store opens', () => {
    const { dir, store } = storeWith(2);
    store.db.prepare("INSERT INTO audit_log (at, actor, action, subject, details_json) VALUES ('2025-01-01T00:00:00Z', 'old', 'legacy', NULL, '{}')").run();
    store.close();
    const reopened = RunStore.open(dir);
    expect(verifyAudit(reopened.db)).toMatchObject({ entries: 3, verified: true });
    reopened.close();
  });
});

describe('sign-offs', () => {
  it('seal the trail as it stands, join it, and are refused over a broken trail', async () => {
    const dir = demoProjectWith({});
    const { runId } = await runPipeline(await loadProject(dir));
    const engine = engineOn(dir);
    const before = await callOk(engine, 'audit:verify', {});
    const signed = await callOk(engine, 'audit:sign', { runId, profile: 'pre_production', name: 'Dr Ada Governance', role: 'Clinical safety officer', statement: 'Rehearsal accepted.' });
    expect(signed).toMatchObject({ runId, profile: 'pre_production', name: 'Dr Ada Governance' });
    expect(['PASS', 'FAIL']).toContain(signed.verdict);
    // The head it seals is the trail after the verdict was recorded, before the sign-off joined it.
    const after = await callOk(engine, 'audit:verify', {});
    expect(after.verified).toBe(true);
    expect(after.entries).toBe(before.entries + 2);
    expect(signed.auditHead).not.toBe(after.headHash);
    expect((await callOk(engine, 'audit:entries', { limit: 1 })).entries[0]).toMatchObject({ action: 'signoff.added', actor: 'Dr Ada Governance' });
    expect(await callOk(engine, 'audit:signoffs', {})).toHaveLength(1);
    expect(await callFails(engine, 'audit:sign', { runId, profile: 'pre_production', name: ' ', role: 'x', statement: 'y' })).toMatchObject({ code: 'VALIDATION' });

    const db = new Database(join(dir, '.cutover', 'run-store.db'));
    db.prepare("UPDATE audit_log SET action = 'run.rewritten' WHERE id = 1").run();
    db.close();
    expect(await callOk(engine, 'audit:verify', {})).toMatchObject({ verified: false, brokenAt: 1 });
    expect(await callFails(engine, 'audit:sign', { runId, profile: 'pre_production', name: 'A', role: 'B', statement: 'C' })).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('cutover audit verify', () => {
  it('exits 0 while the chain holds and 1 once an entry is changed, naming it', async () => {
    const { cli } = await import('../cli/cli-helpers');
    const { dir, store } = storeWith(3);
    store.close();
    const ok = await cli('audit', 'verify', dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Audit trail verified: 3 entries, head [0-9a-f]{64}$/m);
    const db = new Database(join(dir, '.cutover', 'run-store.db'));
    db.prepare("UPDATE audit_log SET subject = 'x' WHERE id = 2").run();
    db.close();
    const broken = await cli('audit', 'verify', dir, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out)).toMatchObject({ verified: false, brokenAt: 2, entries: 3 });
    expect((await cli('audit', 'verify', '/no/such/project')).code).toBe(2);
  });
});
