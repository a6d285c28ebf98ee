import { join } from 'node:path';
import type { z } from 'zod';
import type { catalogTemplateSchema } from '../../../preload/contract';
import { assetsDir } from '../assets';
import { UserError } from '../errors';
import type { CatalogRead } from './catalog';
import { readDdl, type DdlOptions } from './read-ddl';

/** How `project.yaml` names a built-in template: `builtin:<id>`. */
export const BUILTIN_PREFIX = 'builtin:';

/** A built-in catalog template as the app lists it. */
export type CatalogTemplate = z.infer<typeof catalogTemplateSchema>;

/** A built-in catalog: DDL files under `assets/` read as one catalog. */
interface CatalogTemplateDefinition extends DdlOptions {
  id: string;
  label: string;
  /** Relative to the assets folder. */
  files: string[];
}

/** Every built-in catalog; a new one is added here. */
const TEMPLATES: readonly CatalogTemplateDefinition[] = [
  {
    id: 'omop-cdm-5.4',
    label: 'OMOP CDM 5.4',
    // PostgreSQL DDL for its lengths and TIMESTAMPs; the key files are plain ALTER TABLEs (see NOTICE.md).
    files: [
      'catalogs/omop-cdm-5.4/OMOPCDM_postgresql_5.4_ddl.sql',
      'catalogs/omop-cdm-5.4/OMOPCDM_sqlite_5.4_primary_keys.sql',
      'catalogs/omop-cdm-5.4/OMOPCDM_sqlite_5.4_constraints.sql',
    ],
    dialect: 'postgresql',
  },
  {
    id: 'pas-load',
    label: 'PAS-style LOAD schema (demo)',
    // The demo project's own catalog, so the template and the demo cannot drift apart.
    files: ['templates/demo/target/load-schema.sql'],
    dialect: 'sqlite',
  },
];

const loaded = new Map<string, CatalogRead>();

/** The built-in catalog templates with their table counts. */
export function listCatalogTemplates(): CatalogTemplate[] {
  return TEMPLATES.map((t) => ({ id: t.id, label: t.label, tables: loadCatalogTemplate(t.id).catalog.tables.length }));
}

/**
 * Reads a built-in catalog by id (with or without `builtin:`). Templates are read-only
 * assets, so each is parsed once per process; every caller gets its own copy.
 */
export function loadCatalogTemplate(idArg: string): CatalogRead {
  const id = idArg.startsWith(BUILTIN_PREFIX) ? idArg.slice(BUILTIN_PREFIX.length) : idArg;
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) {
    const known = TEMPLATES.map((t) => `${BUILTIN_PREFIX}${t.id}`).join(', ');
    throw new UserError(`unknown built-in catalog "${idArg}"; known: ${known}`, { field: 'target.catalog' });
  }
  const cached = loaded.get(id);
  if (cached) return structuredClone(cached);
  const files = template.files.map((file) => ({ path: join(assetsDir(), file), label: `${BUILTIN_PREFIX}${id}/${file.split('/').pop()}` }));
  const read = readDdl(files, { dialect: template.dialect });
  loaded.set(id, read);
  return structuredClone(read);
}
