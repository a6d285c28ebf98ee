import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteSource } from '../../../../../../main/engine/connectors/sqlite/sqlite-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

/** A real database of about 1 MB, so truncating it cuts through table pages. */
function realDatabaseBytes(dir: string): Buffer {
  const file = join(dir, 'real.db');
  const db = new Database(file);
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT); WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 20000) INSERT INTO t (s) SELECT printf('%050d', v) FROM n");
  db.close();
  return readFileSync(file);
}

const pseudoRandom = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7919 + 13) % 251));

const cases: [string, (dir: string) => Buffer | string, RegExp][] = [
  ['random bytes', () => pseudoRandom(8192), /not a SQLite database/],
  ['a text file named .db', () => 'patient_id,name\n1,somebody\n'.repeat(50), /not a SQLite database/],
  ['a truncated database', (dir) => { const b = realDatabaseBytes(dir); return b.subarray(0, b.length / 2); }, /database is damaged/],
  ['damaged pages', (dir) => { const b = Buffer.from(realDatabaseBytes(dir)); b.fill(0xab, 100, 3 * 4096); return b; }, /database is damaged/],
];

describe('sqlite source over a bad file', () => {
  for (const [name, bytes, message] of cases) {
    it(`reports ${name} as a UserError naming the file`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'broken.db'), bytes(dir));
      const connection = sqliteSource.open({ path: 'broken.db' }, { baseDir: dir });
      const report = await connection.test();
      expect(report.ok).toBe(false);
      expect(report.summary).toMatch(message);
      expect(report.problems[0]).toMatchObject({ file: 'broken.db' });
      const error = await connection.discover().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).place.file).toBe('broken.db');
      expect((error as UserError).message).toMatch(message);
      const reading = (async () => { for await (const batch of connection.read('t')) expect(batch).toBeDefined(); })();
      await expect(reading).rejects.toBeInstanceOf(UserError);
    });
  }

  it('reports a missing file and a folder', async () => {
    const dir = tempDir();
    expect((await sqliteSource.open({ path: 'nowhere.db' }, { baseDir: dir }).test()).summary).toBe('file not found');
    expect((await sqliteSource.open({ path: '.' }, { baseDir: dir }).test()).summary).toMatch(/folder/);
  });

  it('lists a view over a missing table without failing the file, and test() reports it', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'v.db'));
    db.exec('CREATE TABLE a (x); CREATE VIEW v AS SELECT x FROM a; DROP TABLE a; CREATE TABLE b (y)');
    db.close();
    const connection = sqliteSource.open({ path: 'v.db' }, { baseDir: dir });
    const problem = { file: 'v.db', text: 'view "v" cannot be read: no such table: main.a' };
    expect(await connection.discover()).toEqual([
      { name: 'b', kind: 'table', columns: [{ name: 'y' }], rowEstimate: 0 },
      { name: 'v', kind: 'view', columns: [], rowEstimate: null, problem },
    ]);
    expect(await connection.test()).toMatchObject({ ok: false, summary: problem.text, problems: [problem] });
  });
});
