import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../../../../main/engine/catalog/catalog';
import type { CatalogFile } from '../../../../../main/engine/catalog/read-ddl';
import { tempDir } from '../../../helpers/temp-project';

/** The OMOP CDM 5.4 sample files shipped with the tests. */
export const OMOP_DIR = fileURLToPath(new URL('../../../../fixtures/shared-data/omop-cdm-5.4/', import.meta.url));

/** The demo's LOAD schema. */
export const LOAD_SCHEMA = fileURLToPath(new URL('../../../../../assets/templates/demo/target/load-schema.sql', import.meta.url));

/** OMOP sample files by name, labelled with their bare names. */
export function omopFiles(...names: string[]): CatalogFile[] {
  return names.map((name) => ({ path: join(OMOP_DIR, name), label: name }));
}

/** Writes DDL text to a temporary file labelled `label`. */
export function ddlFile(text: string, label = 'schema.sql'): CatalogFile {
  const path = join(tempDir('cutover-catalog-'), basename(label));
  writeFileSync(path, text);
  return { path, label };
}

/** The figures the OMOP specification states: tables, columns, NOT NULL, primary keys, foreign keys. */
export function figures(catalog: Catalog) {
  const columns = catalog.tables.flatMap((t) => t.columns);
  return {
    tables: catalog.tables.length,
    columns: columns.length,
    notNull: columns.filter((c) => c.notNull).length,
    primaryKeys: catalog.tables.filter((t) => t.primaryKey.length > 0).length,
    foreignKeys: catalog.tables.reduce((sum, t) => sum + t.foreignKeys.length, 0),
  };
}

/** The OMOP CDM 5.4 figures (OHDSI's specification). */
export const OMOP_FIGURES = { tables: 39, columns: 432, notNull: 180, primaryKeys: 28, foreignKeys: 176 };
