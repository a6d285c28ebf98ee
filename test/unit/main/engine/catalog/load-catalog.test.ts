import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectCatalogView } from '../../../../../main/engine/catalog/catalog-view';
import { loadTargetCatalog } from '../../../../../main/engine/catalog/load-catalog';
import { inspectProject } from '../../../../../main/engine/project/inspect-project';
import { cleanTempDirs, demoProjectWith, tempDir } from '../../../helpers/temp-project';
import { OMOP_DIR, OMOP_FIGURES, figures } from './omop-fixture';

afterEach(cleanTempDirs);

/** A folder holding the OMOP sample files under `target/`. */
function omopFolder(): string {
  const dir = tempDir('cutover-omop-');
  for (const name of ['OMOPCDM_postgresql_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql', 'OMOP_CDMv5.4_Field_Level.csv']) {
    copyFileSync(join(OMOP_DIR, name), join(dir, name));
  }
  return dir;
}

/** Rewrites the demo project's `target.catalog` line (and adds `extra` lines under target). */
function setCatalog(dir: string, catalog: string, extra = ''): void {
  const file = join(dir, 'project.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('  catalog: target/load-schema.sql\n', `  catalog: ${catalog}\n${extra}`));
}

describe('loadTargetCatalog', () => {
  it('takes a list of DDL files, a field-level CSV or a built-in template', () => {
    const dir = omopFolder();
    const list = loadTargetCatalog(dir, { catalog: ['OMOPCDM_sqlite_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'] });
    const csv = loadTargetCatalog(dir, { catalog: 'OMOP_CDMv5.4_Field_Level.csv' });
    const builtin = loadTargetCatalog(dir, { catalog: 'builtin:omop-cdm-5.4' });
    for (const loaded of [list, csv, builtin]) {
      expect(loaded.problems).toEqual([]);
      expect(figures(loaded.catalog)).toEqual(OMOP_FIGURES);
    }
    expect(list.origin).toBe('OMOPCDM_sqlite_5.4_ddl.sql, OMOPCDM_sqlite_5.4_primary_keys.sql, OMOPCDM_sqlite_5.4_constraints.sql');
    expect(builtin.origin).toBe('builtin:omop-cdm-5.4');
  });

  it('passes the dialect override on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'schema.sql'), 'CREATE TABLE t (a integer[]);');
    expect(loadTargetCatalog(dir, { catalog: 'schema.sql', dialect: 'postgresql' }).catalog.tables[0]!.columns[0]!.type).toBe('INTEGER[]');
  });

  it('turns an unknown template into a problem on target.catalog', () => {
    expect(loadTargetCatalog(tempDir(), { catalog: 'builtin:nothing' }).problems).toEqual([
      { file: 'project.yaml', field: 'target.catalog', line: undefined, message: expect.stringMatching(/unknown built-in catalog "builtin:nothing"/) },
    ]);
  });
});

describe('a project with each kind of catalog', () => {
  it('validates the demo with the built-in LOAD schema, and shows it to the UI', async () => {
    const dir = demoProjectWith({});
    setCatalog(dir, 'builtin:pas-load');
    const { project, problems } = await inspectProject(dir);
    expect(problems).toEqual([]);
    const view = projectCatalogView(project!);
    expect(view.origin).toBe('builtin:pas-load');
    expect(view.loadOrder).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);
  });

  it('validates the demo with its DDL as a one-file list and a dialect', async () => {
    const dir = demoProjectWith({});
    setCatalog(dir, '[target/load-schema.sql]', '  dialect: sqlite\n');
    const { project, problems } = await inspectProject(dir);
    expect(problems).toEqual([]);
    expect(project!.catalog.tables).toHaveLength(4);
  });

  it('reports catalog problems with the catalog file and line', async () => {
    const dir = demoProjectWith({});
    const schema = join(dir, 'target', 'load-schema.sql');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('REFERENCES LOAD_ADMISSION (admission_id)', 'REFERENCES LOAD_STAY (admission_id)'));
    const line = readFileSync(schema, 'utf8').split('\n').findIndex((l) => l.includes('LOAD_STAY')) + 1;
    const { problems } = await inspectProject(dir);
    expect(problems).toContainEqual({ file: 'target/load-schema.sql', line, message: expect.stringMatching(/references LOAD_STAY, which is not in the catalog/) });
  });

  it('refuses a catalog of another kind in project.yaml, with its line', async () => {
    const dir = demoProjectWith({});
    setCatalog(dir, 'target/load-schema.txt');
    const { problems } = await inspectProject(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'project.yaml', field: 'target.catalog', message: expect.stringMatching(/\.sql DDL file/) })]);
  });
});
