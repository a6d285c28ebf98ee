import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, tempDir } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn, SHARED_DATA } from './handler-helpers';

afterEach(cleanTempDirs);

const OMOP = join(SHARED_DATA, 'omop-cdm-5.4');
const yamlOf = (dir: string) => readFileSync(join(dir, 'project.yaml'), 'utf8');

describe('connectors:test-target', () => {
  it("tests the project's own target when given nothing: a missing database will be created", async () => {
    const report = await callOk(engineOn(demoProjectWith({})), 'connectors:test-target', {});
    expect(report).toMatchObject({ ok: true, summary: 'the database will be created', detected: { exists: false } });
  });

  it('tests a target being tried out, and fails one that cannot be written', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    mkdirSync(join(dir, 'out'));
    expect(await callOk(engine, 'connectors:test-target', { type: 'csv', path: 'out' })).toMatchObject({ ok: true });
    const folderAsDb = await callOk(engine, 'connectors:test-target', { type: 'sqlite', path: 'out' });
    expect(folderAsDb).toMatchObject({ ok: false, problems: [{ file: 'out' }] });
    writeFileSync(join(dir, 'junk.db'), 'not a database at all, just text that goes on for a while'.repeat(20));
    expect((await callOk(engine, 'connectors:test-target', { type: 'sqlite', path: 'junk.db' })).ok).toBe(false);
  });

  it('refuses an unknown target type naming the field', async () => {
    const error = await callFails(engineOn(demoProjectWith({})), 'connectors:test-target', { type: 'parquet', path: 'x' });
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'type' } });
    expect(error.message).toContain('sqlite, csv, fhir-ndjson');
  });

  it('needs a project for its own target, or a full path for one tried without a project', async () => {
    const engine = engineOn(null);
    expect(await callFails(engine, 'connectors:test-target', {})).toMatchObject({ code: 'NO_PROJECT' });
    expect(await callFails(engine, 'connectors:test-target', { type: 'sqlite', path: 'rel.db' })).toMatchObject({ details: { field: 'path' } });
    expect((await callOk(engine, 'connectors:test-target', { type: 'sqlite', path: join(tempDir(), 'new.db') })).ok).toBe(true);
  });
});

describe('connectors:set-target', () => {
  it('points the project at the OMOP template and a new database, keeping comments; the catalog follows', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const before = yamlOf(dir);
    const target = await callOk(engine, 'connectors:set-target', { type: 'sqlite', path: join(dir, 'target', 'omop.db'), catalog: 'builtin:omop-cdm-5.4' });
    expect(target).toEqual({ type: 'sqlite', path: 'target/omop.db', options: { catalog: 'builtin:omop-cdm-5.4' } });
    const after = yamlOf(dir);
    expect(after.slice(0, after.indexOf('target:'))).toBe(before.slice(0, before.indexOf('target:')));
    expect(after).toContain('  path: target/omop.db\n  catalog: builtin:omop-cdm-5.4\n');
    const catalog = await callOk(engine, 'catalog:get', {});
    expect(catalog.tables).toHaveLength(39);
    expect((await callOk(engine, 'connectors:list', {})).target.path).toBe('target/omop.db');
  });

  it('takes split DDL files from outside the project as a list, with a dialect', async () => {
    const dir = demoProjectWith({});
    const files = ['OMOPCDM_postgresql_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'].map((f) => join(OMOP, f));
    await callOk(engineOn(dir), 'connectors:set-target', { type: 'sqlite', path: 'target/omop.db', catalog: files, dialect: 'postgresql' });
    const catalog = await callOk(engineOn(dir), 'catalog:get', {});
    expect(catalog.tables.reduce((n, t) => n + t.foreignKeys.length, 0)).toBe(176);
    expect(yamlOf(dir)).toContain(`  catalog:\n    - ${files[0]}\n`);
    expect(yamlOf(dir)).toContain('  dialect: postgresql\n');
  });

  it('refuses a catalog with a problem, naming its file and line, and changes nothing', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    writeFileSync(join(dir, 'broken.sql'), 'CREATE TABLE person (\n  person_id INTEGER NOT NULL,\n  name VARCHAR(10\n);\n');
    const engine = engineOn(dir);
    const broken = await callFails(engine, 'connectors:set-target', { type: 'sqlite', path: 'target/load.db', catalog: 'broken.sql' });
    expect(broken).toMatchObject({ code: 'BAD_INPUT', details: { file: 'broken.sql', field: 'catalog' } });
    expect((broken.details as { line?: number }).line).toBeGreaterThan(0);
    const missing = await callFails(engine, 'connectors:set-target', { type: 'sqlite', path: 'target/load.db', catalog: 'nowhere.sql' });
    expect(missing).toMatchObject({ code: 'BAD_INPUT', details: { field: 'catalog' } });
    expect(await callFails(engine, 'connectors:set-target', { type: 'sqlite', path: 'target/load.db', catalog: 'notes.txt' })).toMatchObject({
      details: { field: 'catalog' },
    });
    expect(await callFails(engine, 'connectors:set-target', { type: 'sqlite', path: 'target/load.db', catalog: 'builtin:nope' })).toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(yamlOf(dir)).toBe(before);
  });

  it('refuses a target the pipeline cannot load into yet, and a folder for a database', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const engine = engineOn(dir);
    const csv = await callFails(engine, 'connectors:set-target', { type: 'csv', path: 'out', catalog: 'builtin:pas-load' });
    expect(csv).toMatchObject({ code: 'BAD_INPUT', details: { field: 'type' } });
    expect(csv.message).toContain('can be tested but not yet loaded');
    expect(await callFails(engine, 'connectors:set-target', { type: 'sqlite', path: 'source', catalog: 'builtin:pas-load' })).toMatchObject({
      details: { field: 'path' },
    });
    expect(yamlOf(dir)).toBe(before);
  });

  it('says which connectors load and which are test-only', async () => {
    const kinds = await callOk(engineOn(null), 'connectors:kinds', {});
    expect(kinds.filter((k) => k.role === 'target').map((k) => [k.id, k.loadable])).toEqual([
      ['sqlite', true],
      ['csv', false],
      ['fhir-ndjson', false],
    ]);
    expect(kinds.filter((k) => k.role === 'source').every((k) => k.loadable === undefined)).toBe(true);
  });
});

describe('catalog:inspect', () => {
  it('reads a field-level CSV and a template before either is chosen', async () => {
    const engine = engineOn(demoProjectWith({}));
    const fields = await callOk(engine, 'catalog:inspect', { catalog: join(OMOP, 'OMOP_CDMv5.4_Field_Level.csv') });
    expect(fields.tables).toHaveLength(39);
    const template = await callOk(engine, 'catalog:inspect', { catalog: 'builtin:pas-load' });
    expect(template.loadOrder[0]).toBe('LOAD_PATIENT');
  });

  it('names the file and line of a broken DDL', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'broken.sql'), 'CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER REFERENCES\n');
    const error = await callFails(engineOn(dir), 'catalog:inspect', { catalog: 'broken.sql' });
    expect(error).toMatchObject({ code: 'BAD_INPUT', details: { file: 'broken.sql' } });
  });
});

describe('files:list and files:pick', () => {
  it('lists the project folder when given no path', async () => {
    const dir = demoProjectWith({});
    const listing = await callOk(engineOn(dir), 'files:list', {});
    expect(listing.path).toBe(dir);
    expect(listing.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['source', 'target', 'mapping', 'project.yaml']));
    expect(listing.places[0]).toEqual({ label: 'Project', path: dir });
  });

  it('answers NOT_FOUND for a missing folder, and refuses bad input', async () => {
    const engine = engineOn(null);
    expect(await callFails(engine, 'files:list', { path: join(tempDir(), 'gone') })).toMatchObject({ code: 'NOT_FOUND', details: { field: 'path' } });
    expect(await callFails(engine, 'files:list', { path: '' })).toMatchObject({ code: 'VALIDATION' });
  });

  it('leaves the native dialog to the desktop shell', async () => {
    expect(await callFails(engineOn(null), 'files:pick', { mode: 'file' })).toMatchObject({ code: 'BAD_INPUT' });
  });
});
