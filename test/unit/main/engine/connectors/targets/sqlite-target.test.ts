import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteTarget } from '../../../../../../main/engine/connectors/targets/sqlite-target-connector';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

const open = (dir: string, path: string) => sqliteTarget.open({ path }, { baseDir: dir });

describe('sqlite target', () => {
  it('accepts a file that does not exist yet, in a folder that does not either', async () => {
    const dir = tempDir();
    expect(await open(dir, 'target/load.db').test()).toEqual({ ok: true, summary: 'the database will be created', problems: [], detected: { exists: false } });
    expect(await open(dir, 'target/load.db').discover()).toEqual([]);
  });

  it('accepts an empty file (SQLite reads it as an empty database)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'load.db'), '');
    expect(await open(dir, 'load.db').test()).toMatchObject({ ok: true, summary: 'existing database: 0 tables, 0 rows' });
  });

  it('discovers existing tables with columns and exact row counts, leaving out views and its own ledger, without changing the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'load.db');
    const db = new Database(file);
    db.exec(`
      CREATE TABLE person (person_id INTEGER PRIMARY KEY, birth_date TEXT NOT NULL);
      INSERT INTO person VALUES (1, '1960-04-03'), (2, '1971-01-01');
      CREATE TABLE visit (visit_id INTEGER, person_id INTEGER REFERENCES person);
      CREATE TABLE _cutover_loaded (table_name TEXT, row_key TEXT, PRIMARY KEY (table_name, row_key)) WITHOUT ROWID;
      CREATE VIEW adults AS SELECT * FROM person;
    `);
    db.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const target = open(dir, 'load.db');
    expect(await target.test()).toMatchObject({ ok: true, summary: 'existing database: 2 tables, 2 rows', detected: { exists: true, tables: 2, rows: 2 } });
    expect(await target.discover()).toEqual([
      { name: 'person', kind: 'table', columns: [{ name: 'person_id', declaredType: 'INTEGER' }, { name: 'birth_date', declaredType: 'TEXT' }], rowEstimate: 2 },
      { name: 'visit', kind: 'table', columns: [{ name: 'visit_id', declaredType: 'INTEGER' }, { name: 'person_id', declaredType: 'INTEGER' }], rowEstimate: 0 },
    ]);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('reports a path under a file clearly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'not a folder');
    const report = await open(dir, 'notes.txt/target/load.db').test();
    expect(report).toMatchObject({ ok: false, summary: 'cannot be created: "notes.txt" is a file, not a folder' });
    expect(report.problems).toEqual([{ file: 'notes.txt/target/load.db', text: report.summary }]);
  });

  it('reports a folder in place of the file, and a file that is not a database', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'load.db'));
    expect(await open(dir, 'load.db').test()).toMatchObject({ ok: false, summary: 'is a folder; a SQLite target is a file' });
    await expect(open(dir, 'load.db').discover()).rejects.toThrow(UserError);
    writeFileSync(join(dir, 'text.db'), 'a,b\n1,2\n'.repeat(100));
    expect(await open(dir, 'text.db').test()).toMatchObject({ ok: false, summary: 'not a SQLite database', problems: [{ file: 'text.db' }] });
    await expect(open(dir, 'text.db').discover()).rejects.toThrow(/not a SQLite database/);
  });
});
