import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap } from 'yaml';
import { BUILTIN_PREFIX } from '../catalog/catalog-templates';
import { loadTargetCatalog } from '../catalog/load-catalog';
import type { SqlDialect } from '../catalog/sql-lexer';
import { findTarget, targetConnectors } from '../connectors/registry';
import { UserError } from '../errors';
import { PROJECT_FILES } from './project-files';
import { readProjectDocument, writeProjectDocument } from './project-document';
import { storedPath } from './stored-path';

/** A target to point the project at: its connector, where it is, and the catalog it follows. */
export interface NewTarget {
  type: string;
  path: string;
  catalog: string | readonly string[];
  dialect?: SqlDialect;
}

/** The connectors the pipeline can load into today; the others can be tested and discovered. */
export const LOADABLE_TARGETS = ['sqlite'];

/**
 * Sets `project.yaml`'s target, keeping its comments and layout. The connector must be one
 * the pipeline loads into, the path a file (not a folder) where one can be, and the catalog
 * must read without a problem: a project is never left pointing at a catalog it cannot
 * read. Paths inside the project are stored relative to it.
 */
export function setTarget(dir: string, target: NewTarget): void {
  const connector = findTarget(target.type);
  if (!connector) {
    throw new UserError(`unknown target type "${target.type}"; known types: ${targetConnectors.map((c) => c.id).join(', ')}`, { field: 'type' });
  }
  if (!LOADABLE_TARGETS.includes(connector.id)) {
    throw new UserError(`the pipeline loads into ${LOADABLE_TARGETS.join(', ')} targets today; a ${connector.label} target can be tested but not yet loaded`, {
      field: 'type',
    });
  }
  const absolute = resolve(dir, target.path);
  if (existsSync(absolute) && statSync(absolute).isDirectory() && !connector.acceptsFolder) {
    throw new UserError(`${connector.label} is a file, not a folder`, { file: target.path, field: 'path' });
  }
  const catalog = storedCatalog(dir, target.catalog);
  for (const file of typeof catalog === 'string' ? [catalog] : catalog) {
    if (!file.startsWith(BUILTIN_PREFIX) && !/\.(?:sql|csv)$/i.test(file)) {
      throw new UserError('expected a .sql DDL file, a .csv field-level file or a built-in template', { file, field: 'catalog' });
    }
  }
  const read = loadTargetCatalog(dir, { catalog, dialect: target.dialect });
  const problem = read.problems[0];
  if (problem) throw new UserError(problem.message, { file: problem.file, line: problem.line, field: 'catalog' });
  if (read.catalog.tables.length === 0) throw new UserError('the catalog declares no tables', { file: read.origin, field: 'catalog' });

  const doc = readProjectDocument(dir);
  const node = doc.get('target');
  if (!isMap(node)) throw new UserError('target is not a mapping', { file: PROJECT_FILES.project, field: 'target' });
  node.set('type', connector.id);
  node.set('path', storedPath(dir, absolute));
  node.set('catalog', typeof catalog === 'string' ? catalog : doc.createNode([...catalog], { flow: false }));
  if (target.dialect) node.set('dialect', target.dialect);
  else node.delete('dialect');
  writeProjectDocument(dir, doc);
}

/** Catalog files as project.yaml stores them (relative inside the project); templates as they are. */
function storedCatalog(dir: string, catalog: string | readonly string[]): string | string[] {
  const store = (file: string) => (file.startsWith(BUILTIN_PREFIX) ? file : storedPath(dir, resolve(dir, file)));
  return typeof catalog === 'string' ? store(catalog) : catalog.map(store);
}
