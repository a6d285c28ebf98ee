import { listCatalogTemplates } from '../../engine/catalog/catalog-templates';
import { catalogView } from '../../engine/catalog/catalog-view';
import { loadTargetCatalog } from '../../engine/catalog/load-catalog';
import { UserError } from '../../engine/errors';
import type { Handler } from '../handler-types';
import { readProjectConfig } from './project-config';

/**
 * `catalog:get`: the open project's target catalog with its load order. Read from the
 * catalog files alone, without discovering the sources, so the page shows it at once;
 * problems in the catalog files are the project check's to report.
 */
export const get: Handler<'catalog:get'> = (_input, { session }) => {
  const dir = session.requireProject();
  const { catalog, origin } = loadTargetCatalog(dir, readProjectConfig(dir).target);
  return catalogView(catalog, origin);
};

/**
 * `catalog:inspect`: a catalog the project does not use yet (a DDL file, a field-level CSV,
 * a template), read to show it before it is chosen. A problem in it is BAD_INPUT naming
 * its file and line.
 */
export const inspect: Handler<'catalog:inspect'> = (input, { session }) => {
  const read = loadTargetCatalog(session.requireProject(), input);
  const problem = read.problems[0];
  if (problem) throw new UserError(problem.message, { file: problem.file, line: problem.line, field: problem.field ?? 'catalog' });
  return catalogView(read.catalog, read.origin);
};

/** `catalog:templates`: the built-in catalogs with their table counts. */
export const templates: Handler<'catalog:templates'> = () => listCatalogTemplates();
