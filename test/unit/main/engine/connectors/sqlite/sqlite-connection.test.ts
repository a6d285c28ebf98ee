import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { sqliteSource } from '../../../../../../main/engine/connectors/sqlite/sqlite-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

const OMOP_DDL = join(__dirname, '../../../../../fixtures/shared-data/omop-cdm-5.4/OMOPCDM_sqlite_5.4_ddl.sql');

/** A database with tables of every storage class, a view, NULLs, a blob and a WITHOUT ROWID table. */
function buildDatabase(dir: string): string {
  const file = join(dir, 'legacy.db');
  const db = new Database(file);
  db.exec(`
    CREATE TABLE patients (id INTEGER PRIMARY KEY, nhs_number TEXT NOT NULL, weight REAL, photo BLOB, notes VARCHAR(40), big INTEGER);
    INSERT INTO patients VALUES (1, '9434765919', 71.5, x'00010203', NULL, 9007199254740993);
    INSERT INTO patients VALUES (2, '9434765870', NULL, NULL, 'second', 3);
    INSERT INTO patients VALUES (7, '9434765862', 80, NULL, 'gap in ids', NULL);
    CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
    INSERT INTO codes VALUES ('A', 'alpha'), ('B', 'beta');
    CREATE VIEW heavy AS SELECT id, nhs_number FROM patients WHERE weight > 75;
    CREATE VIEW pairs AS SELECT p.id, q.id FROM patients p JOIN patients q ON q.id = p.id;
  `);
  db.close();
  return file;
}

const open = (dir: string, path: string) => sqliteSource.open({ path }, { baseDir: dir });

async function readAll(dir: string, path: string, table: string, batchSize?: number): Promise<SourceRecord[][]> {
  const batches: SourceRecord[][] = [];
  for await (const batch of open(dir, path).read(table, { batchSize })) batches.push(batch);
  return batches;
}

describe('sqlite source', () => {
  it('discovers tables and views with declared types and row counts', async () => {
    const dir = tempDir();
    buildDatabase(dir);
    const tables = await open(dir, 'legacy.db').discover();
    expect(tables.map((t) => [t.name, t.kind, t.rowEstimate])).toEqual([
      ['codes', 'table', 2],
      ['heavy', 'view', null],
      ['pairs', 'view', null],
      ['patients', 'table', 3],
    ]);
    const patients = tables.find((t) => t.name === 'patients');
    expect(patients?.columns).toEqual([
      { name: 'id', declaredType: 'INTEGER' },
      { name: 'nhs_number', declaredType: 'TEXT' },
      { name: 'weight', declaredType: 'REAL' },
      { name: 'photo', declaredType: 'BLOB' },
      { name: 'notes', declaredType: 'VARCHAR(40)' },
      { name: 'big', declaredType: 'INTEGER' },
    ]);
  });

  it('reads values with their SQLite types, located by rowid', async () => {
    const dir = tempDir();
    buildDatabase(dir);
    const [batch] = await readAll(dir, 'legacy.db', 'patients');
    expect(batch?.map((r) => r.locator)).toEqual([
      { file: 'legacy.db', line: 1 },
      { file: 'legacy.db', line: 2 },
      { file: 'legacy.db', line: 7 },
    ]);
    expect(batch?.[0]?.values).toEqual({
      id: 1, nhs_number: '9434765919', weight: 71.5, photo: '<blob 4 bytes>', notes: null, big: '9007199254740993',
    });
    expect(batch?.[1]?.values).toMatchObject({ weight: null, photo: null, big: 3 });
  });

  it('locates rows of views and WITHOUT ROWID tables by ordinal, and keeps duplicate column names apart', async () => {
    const dir = tempDir();
    buildDatabase(dir);
    const [codes] = await readAll(dir, 'legacy.db', 'codes');
    expect(codes?.map((r) => [r.locator.line, r.values])).toEqual([[1, { code: 'A', label: 'alpha' }], [2, { code: 'B', label: 'beta' }]]);
    const [heavy] = await readAll(dir, 'legacy.db', 'heavy');
    expect(heavy?.map((r) => r.locator.line)).toEqual([1]);
    const [pairs] = await readAll(dir, 'legacy.db', 'pairs');
    expect(Object.keys(pairs?.[0]?.values ?? {})).toHaveLength(2);
  });

  it('streams in batches of the asked size, and previews the first rows', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'many.db'));
    db.exec('CREATE TABLE t (n INTEGER)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => { for (let i = 0; i < 2500; i++) insert.run(i); })();
    db.close();
    const batches = await readAll(dir, 'many.db', 't', 1000);
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(batches[2]?.at(-1)?.locator.line).toBe(2500);
    const preview = await open(dir, 'many.db').preview('t', 5);
    expect(preview.map((r) => r.values.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops between batches when the read is cancelled', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'many.db'));
    db.exec('CREATE TABLE t (n INTEGER); WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < 50) INSERT INTO t SELECT v FROM s');
    db.close();
    const controller = new AbortController();
    const read = async () => {
      for await (const batch of open(dir, 'many.db').read('t', { batchSize: 10, signal: controller.signal })) {
        expect(batch).toHaveLength(10);
        controller.abort();
      }
    };
    await expect(read()).rejects.toThrow(/cancelled/i);
  });

  it('reports an unknown table as a UserError', async () => {
    const dir = tempDir();
    buildDatabase(dir);
    await expect(readAll(dir, 'legacy.db', 'nope')).rejects.toThrow(UserError);
  });

  it('never changes the file: its bytes are the same after test, discover, preview and reads', async () => {
    const dir = tempDir();
    const file = buildDatabase(dir);
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    const connection = open(dir, 'legacy.db');
    expect((await connection.test()).ok).toBe(true);
    await connection.discover();
    await connection.preview('patients', 2);
    for (const table of ['patients', 'codes', 'heavy']) for await (const batch of connection.read(table)) expect(batch.length).toBeGreaterThan(0);
    await connection.close();
    expect(hash()).toBe(before);
  });

  it('discovers the 39 OMOP CDM 5.4 tables from the DDL', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'omop.db'));
    db.exec(readFileSync(OMOP_DDL, 'utf8').replaceAll('@cdmDatabaseSchema.', ''));
    db.close();
    const connection = open(dir, 'omop.db');
    const report = await connection.test();
    expect(report).toMatchObject({ ok: true, summary: '39 tables, 0 views' });
    const tables = await connection.discover();
    expect(tables).toHaveLength(39);
    expect(tables.every((t) => t.kind === 'table' && t.rowEstimate === 0)).toBe(true);
    expect(tables.reduce((n, t) => n + t.columns.length, 0)).toBe(432);
    expect(tables.find((t) => t.name === 'person')?.columns[5]).toEqual({ name: 'birth_datetime', declaredType: 'REAL' });
  });
});
