import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../../main/engine/catalog/catalog';
import { planLoadOrder } from '../../../../../main/engine/catalog/load-order';
import { readDdl } from '../../../../../main/engine/catalog/read-ddl';
import { sqliteTypeName } from '../../../../../main/engine/catalog/sqlite-create-sql';
import { readSqliteSql } from '../../../../../main/engine/catalog/sqlite-ddl';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { OMOP_FIGURES, ddlFile, figures, omopFiles } from './omop-fixture';

afterEach(cleanTempDirs);

const omopFromPostgres = () =>
  readDdl(omopFiles('OMOPCDM_postgresql_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'), {
    dialect: 'postgresql',
  }).catalog;

/** Every table's generated DDL, run in a fresh SQLite database. */
function createAll(catalog: Catalog): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const table of catalog.tables) db.exec(table.createSql);
  return db;
}

describe('the generated SQLite CREATE TABLE', () => {
  it('creates every table of a PostgreSQL-imported OMOP catalog in SQLite, meaning what the catalog says', () => {
    const catalog = omopFromPostgres();
    const db = createAll(catalog);
    const created = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    db.close();
    expect(created.n).toBe(39);
    // SQLite's own reading of the generated SQL gives back the catalog: types, NOT NULL, keys.
    const roundTrip = readSqliteSql(catalog.tables.map((t) => `${t.createSql};`).join('\n'), 'generated.sql');
    expect(figures(roundTrip)).toEqual(OMOP_FIGURES);
    roundTrip.tables.forEach((table, i) => {
      const original = catalog.tables[i]!;
      expect(table.name).toBe(original.name);
      expect(table.columns).toEqual(original.columns);
      expect(table.primaryKey).toEqual(original.primaryKey);
      expect([...table.foreignKeys].reverse()).toEqual(original.foreignKeys);
    });
  });

  it('lets a transaction that loads a whole cycle commit, the closing keys being deferred', () => {
    const catalog = omopFromPostgres();
    expect(planLoadOrder(catalog.tables).deferred).toHaveLength(3);
    expect(catalog.tables.find((t) => t.name === 'domain')!.createSql).toMatch(
      /FOREIGN KEY \("domain_concept_id"\) REFERENCES "concept" \("concept_id"\) DEFERRABLE INITIALLY DEFERRED/,
    );
    const db = createAll(catalog);
    const load = db.transaction(() => {
      db.prepare("INSERT INTO domain VALUES ('Metadata', 'Metadata', 1)").run();
      db.prepare("INSERT INTO vocabulary VALUES ('None', 'OMOP', NULL, NULL, 2)").run();
      db.prepare("INSERT INTO concept_class VALUES ('Domain', 'Domain', 3)").run();
      for (const [id, name] of [[1, 'Metadata'], [2, 'OMOP'], [3, 'Domain']] as const) {
        db.prepare("INSERT INTO concept VALUES (?, ?, 'Metadata', 'None', 'Domain', NULL, ?, '1970-01-01', '2099-12-31', NULL)").run(id, name, name);
      }
    });
    expect(() => load()).not.toThrow();
    expect(() => db.prepare("INSERT INTO domain VALUES ('Orphan', 'Orphan', 99)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('enforces the catalog\'s NOT NULL and foreign keys in SQLite', () => {
    const ddl = 'CREATE TABLE p (id VARCHAR(12) PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, p_id VARCHAR(12) NOT NULL REFERENCES p (id));';
    const catalog = readDdl([ddlFile(ddl)], { dialect: 'postgresql' }).catalog;
    const db = createAll(catalog);
    // SQLite itself lets a NULL into a primary key that is not an INTEGER one; the generated SQL does not.
    expect(() => db.prepare('INSERT INTO p VALUES (NULL)').run()).toThrow(/NOT NULL/);
    expect(() => db.prepare("INSERT INTO c VALUES (1, 'nobody')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keeps a SQLite table\'s own statement when SQLite reads it to the same table, CHECKs and all', () => {
    const ddl = [
      'CREATE TABLE main.ward (code TEXT PRIMARY KEY, beds INTEGER CHECK (beds > 0) DEFAULT 1, UNIQUE (beds, code)) STRICT;',
      'CREATE TABLE stay (id INTEGER NOT NULL, ward TEXT);',
      'ALTER TABLE stay ADD CONSTRAINT stay_pk PRIMARY KEY (id);',
    ].join('\n');
    const catalog = readDdl([ddlFile(ddl)], { dialect: 'sqlite' }).catalog;
    expect(catalog.tables[0]!.createSql).toBe('CREATE TABLE "ward" (code TEXT PRIMARY KEY, beds INTEGER CHECK (beds > 0) DEFAULT 1, UNIQUE (beds, code)) STRICT');
    // Its key came from ALTER TABLE, which SQLite cannot run: the statement is generated.
    expect(catalog.tables[1]!.createSql).toBe('CREATE TABLE "stay" (\n  "id" INTEGER NOT NULL,\n  "ward" TEXT,\n  PRIMARY KEY ("id")\n)');
    const db = createAll(catalog);
    expect(() => db.prepare("INSERT INTO ward VALUES ('A', 0)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('writes PostgreSQL types SQLite cannot parse in a form it can', () => {
    expect(sqliteTypeName('VARCHAR(50)')).toBe('VARCHAR(50)');
    expect(sqliteTypeName('NUMERIC(10,2)')).toBe('NUMERIC(10,2)');
    expect(sqliteTypeName('DOUBLE PRECISION')).toBe('DOUBLE PRECISION');
    expect(sqliteTypeName('VARCHAR(MAX)')).toBe('VARCHAR');
    expect(sqliteTypeName('TIMESTAMP(3) WITH TIME ZONE')).toBe('TIMESTAMP WITH TIME ZONE');
    expect(sqliteTypeName('TEXT[]')).toBe('TEXT');
    expect(sqliteTypeName('')).toBe('');
    const catalog = readDdl([ddlFile('CREATE TABLE t (a varchar(max), b timestamp(3) with time zone, c integer[], d "char", e public.citext);')], {
      dialect: 'postgresql',
    }).catalog;
    const db = createAll(catalog);
    db.close();
    expect(catalog.tables[0]!.columns.map((c) => c.type)).toEqual(['VARCHAR(MAX)', 'TIMESTAMP(3) WITH TIME ZONE', 'INTEGER[]', 'CHAR', 'PUBLIC.CITEXT']);
  });
});
