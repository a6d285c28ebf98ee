import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/store/migrate';
import { migrations } from '../../../../main/store/migrations';
import { openDatabase } from '../../../../main/store/open-database';
import { RunStore, runStorePath } from '../../../../main/store/run-store';
import { UserError } from '../../../../main/engine/errors';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the run store', () => {
  it('creates the schema with WAL, foreign keys and the latest user_version', () => {
    const dir = tempDir();
    const store = RunStore.open(dir);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['runs', 'stage_runs', 'batches', 'issues', 'rejects', 'audit_log']));
    store.close();
  });

  it('applies each migration once, in order, in a transaction with its version', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    const steps = ['CREATE TABLE a (x)', 'CREATE TABLE b (y)'];
    expect(migrate(db, 'x.db', steps)).toBe(2);
    expect(migrate(db, 'x.db', steps)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, 'x.db', ['CREATE TABLE a (x)']);
    expect(() => migrate(db, 'x.db', ['CREATE TABLE a (x)', 'CREATE TABLE c (z); CREATE TABLE a (x)'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'c'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a store written by a newer version without changing it', () => {
    const dir = tempDir();
    RunStore.open(dir).close();
    const db = openDatabase(runStorePath(dir));
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    const before = readFileSync(runStorePath(dir));
    let caught: unknown;
    try {
      RunStore.open(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe('STORE_TOO_NEW');
    expect((caught as UserError).message).toMatch(/newer version/);
    expect(readFileSync(runStorePath(dir)).equals(before)).toBe(true);
  });

  it('reports a corrupt store as a user error naming the file', () => {
    const dir = tempDir();
    RunStore.open(dir).close();
    rmSync(runStorePath(dir) + '-wal', { force: true });
    rmSync(runStorePath(dir) + '-shm', { force: true });
    writeFileSync(runStorePath(dir), 'this is not a database at all, just text'.repeat(200));
    expect(() => RunStore.open(dir)).toThrow(UserError);
    try {
      RunStore.open(dir);
    } catch (error) {
      expect((error as UserError).place.file).toBe(runStorePath(dir));
    }
  });

  it('records a run with batches and lists it with summed counts', () => {
    const store = RunStore.open(tempDir());
    store.createRun('r1', ['A', 'B'], { dryRun: false });
    store.recordBatch('r1', { table: 'A', seq: 1, firstLine: 2, lastLine: 11, counts: { read: 10, written: 8, rejected: 1, skipped: 1 } });
    store.recordBatch('r1', { table: 'B', seq: 1, firstLine: 2, lastLine: 6, counts: { read: 5, written: 5, rejected: 0, skipped: 0 } });
    store.recordIssues('r1', [{ table: 'A', field: 'x', rule: 'required', severity: 'error', message: 'x is required', file: 'a.csv', line: 4, key: null }]);
    store.finishRun('r1', 'succeeded');
    const [run] = store.listRuns();
    expect(run).toMatchObject({ id: 'r1', status: 'succeeded', read: 15, written: 13, rejected: 1, skipped: 1 });
    const detail = store.getRun('r1');
    expect(detail.tables.map((t) => t.name)).toEqual(['A', 'B']);
    expect(detail.issues[0]).toMatchObject({ rule: 'required', locator: { file: 'a.csv', line: 4 } });
    expect(() => store.getRun('nope')).toThrow(/No run/);
    store.close();
  });
});

describe('interrupted runs', () => {
  it('marks a running run whose process is gone as failed, and leaves a live one alone', () => {
    const dir = tempDir();
    const store = RunStore.open(dir);
    store.createRun('live', ['A'], { dryRun: false });
    store.createRun('dead', ['A'], { dryRun: false });
    store.db.prepare("UPDATE runs SET pid = 2147483646 WHERE id = 'dead'").run();
    store.close();
    const reopened = RunStore.open(dir);
    const byId = Object.fromEntries(reopened.listRuns().map((r) => [r.id, r]));
    expect(byId.live).toMatchObject({ status: 'running' });
    expect(byId.dead).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
    reopened.close();
  });
});
