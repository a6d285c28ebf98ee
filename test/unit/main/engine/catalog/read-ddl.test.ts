import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../../main/engine/catalog/catalog';
import { detectDialect } from '../../../../../main/engine/catalog/ddl-dialect';
import { readDdl } from '../../../../../main/engine/catalog/read-ddl';
import { readSqliteDdl, readSqliteSql } from '../../../../../main/engine/catalog/sqlite-ddl';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { LOAD_SCHEMA, OMOP_DIR, OMOP_FIGURES, ddlFile, figures, omopFiles } from './omop-fixture';

afterEach(cleanTempDirs);

const SQLITE_FILES = ['OMOPCDM_sqlite_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'];

/**
 * Everything but the generated SQL, parent names folded as SQL compares them and
 * foreign keys sorted: SQLite lists them last declared first.
 */
function shape(catalog: Catalog) {
  return catalog.tables.map((t) => ({
    name: t.name.toLowerCase(),
    columns: t.columns,
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys
      .map((fk) => ({ ...fk, refTable: fk.refTable.toLowerCase(), refColumns: fk.refColumns.map((c) => c.toLowerCase()) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  }));
}

describe('readDdl on the OMOP CDM 5.4 files', () => {
  it('reads the SQLite DDL, primary keys and constraints as the specification counts them', () => {
    const { catalog, problems } = readDdl(omopFiles(...SQLITE_FILES));
    expect(problems).toEqual([]);
    expect(figures(catalog)).toEqual(OMOP_FIGURES);
    const person = catalog.tables.find((t) => t.name === 'person')!;
    expect(person.primaryKey).toEqual(['person_id']);
    expect(person.foreignKeys).toContainEqual({ columns: ['gender_concept_id'], refTable: 'concept', refColumns: ['concept_id'] });
  });

  it('gives the same catalog whatever the order of the files, and skips the indices file', () => {
    const inOrder = readDdl(omopFiles(...SQLITE_FILES));
    const shuffled = readDdl(omopFiles('OMOPCDM_sqlite_5.4_constraints.sql', 'OMOPCDM_sqlite_5.4_indices.sql', ...SQLITE_FILES.slice(0, 2)));
    expect(shuffled.problems).toEqual([]);
    expect(shuffled.catalog).toEqual(inOrder.catalog);
  });

  it('reads the columns exactly as SQLite itself does', () => {
    const text = readFileSync(join(OMOP_DIR, SQLITE_FILES[0]!), 'utf8').replaceAll('@cdmDatabaseSchema.', '');
    expect(shape(readDdl([ddlFile(text)]).catalog)).toEqual(shape(readSqliteSql(text, 'omop.sql')));
  });

  it('reads the PostgreSQL DDL into the same tables, columns and NOT NULLs, with the lengths SQLite drops', () => {
    const postgres = readDdl(omopFiles('OMOPCDM_postgresql_5.4_ddl.sql'));
    const sqlite = readDdl(omopFiles(SQLITE_FILES[0]!));
    expect(postgres.problems).toEqual([]);
    expect(figures(postgres.catalog)).toEqual({ ...OMOP_FIGURES, primaryKeys: 0, foreignKeys: 0 });
    expect(postgres.catalog.tables.map((t) => t.name)).toEqual(sqlite.catalog.tables.map((t) => t.name));
    // OHDSI's SQLite DDL writes every varchar as TEXT and NUMERIC and TIMESTAMP as REAL.
    const asOhdsiSqlite = (type: string) => (/^VARCHAR\(\d+\)$/.test(type) ? 'TEXT' : type === 'NUMERIC' || type === 'TIMESTAMP' ? 'REAL' : type);
    let withLength = 0;
    postgres.catalog.tables.forEach((table, t) => {
      const twin = sqlite.catalog.tables[t]!;
      expect(table.columns.map((c) => c.name), table.name).toEqual(twin.columns.map((c) => c.name));
      table.columns.forEach((column, c) => {
        const other = twin.columns[c]!;
        expect({ name: column.name, type: asOhdsiSqlite(column.type), notNull: column.notNull }).toEqual({ name: other.name, type: other.type, notNull: other.notNull });
        expect(other.length).toBeNull();
        expect(column.length).toBe(/^VARCHAR\((\d+)\)$/.exec(column.type) ? Number(/\d+/.exec(column.type)![0]) : null);
        if (column.length !== null) withLength++;
      });
    });
    expect(withLength).toBe(113);
    const concept = postgres.catalog.tables.find((t) => t.name === 'concept')!;
    expect(concept.columns.find((c) => c.name === 'concept_name')).toEqual({ name: 'concept_name', type: 'VARCHAR(255)', notNull: true, length: 255 });
  });

  it('adds the key files to the PostgreSQL DDL for the full figures', () => {
    const { catalog, problems } = readDdl(omopFiles('OMOPCDM_postgresql_5.4_ddl.sql', ...SQLITE_FILES.slice(1)));
    expect(problems).toEqual([]);
    expect(figures(catalog)).toEqual(OMOP_FIGURES);
  });

  it('detects each file\'s dialect', () => {
    expect(detectDialect(readFileSync(join(OMOP_DIR, 'OMOPCDM_postgresql_5.4_ddl.sql'), 'utf8'))).toBe('postgresql');
    expect(detectDialect(readFileSync(join(OMOP_DIR, SQLITE_FILES[0]!), 'utf8'))).toBe('sqlite');
    expect(detectDialect('CREATE TABLE t (id serial PRIMARY KEY, at timestamp with time zone);')).toBe('postgresql');
    expect(detectDialect('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);')).toBe('sqlite');
    expect(detectDialect('CREATE TABLE t (id INTEGER);')).toBe('sqlite');
  });
});

describe('readDdl on the demo LOAD schema', () => {
  it('matches what SQLite makes of it', () => {
    const { catalog, problems } = readDdl([{ path: LOAD_SCHEMA, label: 'load-schema.sql' }]);
    expect(problems).toEqual([]);
    expect(shape(catalog)).toEqual(shape(readSqliteDdl(LOAD_SCHEMA)));
    // SQLite reads each statement to the same table, so the target gets it as written.
    expect(catalog.tables[0]!.createSql).toMatch(/^CREATE TABLE "LOAD_PATIENT" \(\n  patient_id {8}VARCHAR\(12\)  NOT NULL PRIMARY KEY,/);
    expect(catalog.tables.map((t) => [t.name, t.primaryKey])).toEqual([
      ['LOAD_PATIENT', ['patient_id']],
      ['LOAD_ADMISSION', ['admission_id']],
      ['LOAD_OUTPATIENT', ['appointment_id']],
      ['LOAD_DIAGNOSIS', ['diagnosis_id']],
    ]);
    expect(catalog.tables[3]!.foreignKeys).toEqual([
      { columns: ['admission_id'], refTable: 'LOAD_ADMISSION', refColumns: ['admission_id'] },
      { columns: ['patient_id'], refTable: 'LOAD_PATIENT', refColumns: ['patient_id'] },
    ]);
  });
});

describe('readDdl on the rest of the supported subset', () => {
  it('reads PostgreSQL as pg_dump writes it', () => {
    const { catalog, problems } = readDdl([
      ddlFile(`
        SET search_path = public;
        CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.at := now(); RETURN NEW; END; $$ LANGUAGE plpgsql;
        CREATE TABLE public.ward (code character varying(10) NOT NULL, name text DEFAULT 'unnamed'::text NOT NULL);
        CREATE UNLOGGED TABLE IF NOT EXISTS public."Stay" (
          id bigserial,
          ward character varying(10),
          price numeric(10, 2) CHECK (price IS NOT NULL OR ward IS NULL),
          tags text[],
          at timestamp(3) with time zone DEFAULT now()
        );
        ALTER TABLE ONLY public.ward ADD CONSTRAINT ward_pkey PRIMARY KEY (code);
        ALTER TABLE ONLY public."Stay" ADD CONSTRAINT stay_pkey PRIMARY KEY (id), ADD CONSTRAINT stay_ward FOREIGN KEY (ward) REFERENCES public.ward(code) ON DELETE CASCADE;
        ALTER TABLE public."Stay" ALTER COLUMN ward SET NOT NULL;
        ALTER TABLE public."Stay" ADD COLUMN note varchar(200);
        CREATE INDEX stay_ward_idx ON public."Stay" USING btree (ward);
        ALTER TABLE public.ward OWNER TO postgres;
      `),
    ]);
    expect(problems).toEqual([]);
    const stay = catalog.tables.find((t) => t.name === 'Stay')!;
    expect(stay.columns).toEqual([
      { name: 'id', type: 'BIGSERIAL', notNull: true, length: null },
      { name: 'ward', type: 'CHARACTER VARYING(10)', notNull: true, length: 10 },
      { name: 'price', type: 'NUMERIC(10,2)', notNull: false, length: null },
      { name: 'tags', type: 'TEXT[]', notNull: false, length: null },
      { name: 'at', type: 'TIMESTAMP(3) WITH TIME ZONE', notNull: false, length: null },
      { name: 'note', type: 'VARCHAR(200)', notNull: false, length: 200 },
    ]);
    expect(stay.primaryKey).toEqual(['id']);
    expect(stay.foreignKeys).toEqual([{ columns: ['ward'], refTable: 'ward', refColumns: ['code'] }]);
    expect(catalog.tables.find((t) => t.name === 'ward')!.columns[1]).toEqual({ name: 'name', type: 'TEXT', notNull: true, length: null });
  });

  it('reads SQLite quoting, table-level keys and references without columns', () => {
    const { catalog, problems } = readDdl([
      ddlFile(`
        /* a block comment; with a semicolon */
        CREATE TABLE [ward list] (code TEXT PRIMARY KEY, "name" VARCHAR( 40 ) NOT NULL) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS main.stay (
          a INTEGER, b INTEGER, ward TEXT REFERENCES [ward list], untyped,
          CONSTRAINT stay_pk PRIMARY KEY (a, b DESC),
          FOREIGN KEY (b) REFERENCES stay (a) -- a self reference
        );
        CREATE VIEW v AS SELECT * FROM stay;
        CREATE TRIGGER t AFTER INSERT ON stay BEGIN UPDATE stay SET b = 1; END;
      `),
    ]);
    expect(problems).toEqual([]);
    const stay = catalog.tables.find((t) => t.name === 'stay')!;
    expect(stay.primaryKey).toEqual(['a', 'b']);
    expect(stay.columns.map((c) => [c.name, c.type, c.notNull])).toEqual([
      ['a', 'INTEGER', true],
      ['b', 'INTEGER', true],
      ['ward', 'TEXT', false],
      ['untyped', '', false],
    ]);
    expect(stay.foreignKeys).toEqual([
      { columns: ['ward'], refTable: 'ward list', refColumns: ['code'] },
      { columns: ['b'], refTable: 'stay', refColumns: ['a'] },
    ]);
    expect(catalog.tables[0]!.columns[1]).toEqual({ name: 'name', type: 'VARCHAR(40)', notNull: true, length: 40 });
  });

  it('takes the dialect as an option: brackets are arrays in PostgreSQL', () => {
    const text = 'CREATE TABLE t (a integer[], b int);';
    expect(readDdl([ddlFile(text)], { dialect: 'postgresql' }).catalog.tables[0]!.columns.map((c) => c.type)).toEqual(['INTEGER[]', 'INT']);
  });
});
