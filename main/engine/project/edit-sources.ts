import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { isMap, isSeq, type Document, type YAMLSeq } from 'yaml';
import { findSource, sourceConnectors } from '../connectors/registry';
import { UserError } from '../errors';
import { PROJECT_FILES } from './project-files';
import { readProjectDocument, writeProjectDocument } from './project-document';
import { sourceSchema, type SourceConfig } from './project-schema';
import { storedPath } from './stored-path';

/** A source to add: its connector type, path and options; the id is made up when left out. */
export interface NewSource {
  id?: string;
  type: string;
  path: string;
  options?: Record<string, unknown>;
}

const RESERVED = ['id', 'type', 'path'];

/**
 * Adds a source to `project.yaml`, keeping its comments and layout. The path must exist
 * (and be a folder only for connectors that read folders); a path inside the project is
 * stored relative to it so the project can be zipped and moved. Every mistake is a
 * UserError naming the field: `type`, `path`, `id` or the option.
 */
export function addSource(dir: string, source: NewSource): SourceConfig {
  const connector = findSource(source.type);
  if (!connector) {
    throw new UserError(`unknown source type "${source.type}"; known types: ${sourceConnectors.map((c) => c.id).join(', ')}`, { field: 'type' });
  }
  const absolute = resolve(dir, source.path);
  if (!existsSync(absolute)) throw new UserError('no file or folder at this path', { file: source.path, field: 'path' });
  if (statSync(absolute).isDirectory() && !connector.acceptsFolder) {
    throw new UserError(`${connector.label} reads a file, not a folder`, { file: source.path, field: 'path' });
  }
  for (const key of Object.keys(source.options ?? {})) {
    if (RESERVED.includes(key)) throw new UserError(`"${key}" is not an option`, { field: `options.${key}` });
  }
  const doc = readProjectDocument(dir);
  const sources = sourcesOf(doc);
  const ids = sources.items.map((item) => (isMap(item) ? String(item.get('id')) : ''));
  if (source.id && ids.includes(source.id)) throw new UserError(`a source with id "${source.id}" already exists`, { field: 'id' }, 'CONFLICT');
  const id = source.id ?? uniqueId(absolute, ids);
  // Written in this order (id, type, path, options) because that is how people write it.
  const entry = { id, type: source.type, path: storedPath(dir, absolute), ...source.options };
  const parsed = sourceSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'options';
    throw new UserError(issue.message, { field: RESERVED.includes(field) ? field : `options.${field}` });
  }
  sources.add(doc.createNode(entry));
  writeProjectDocument(dir, doc);
  return parsed.data;
}

/**
 * Removes a source from `project.yaml`, keeping its comments and layout. NOT_FOUND when
 * there is no such source; a project keeps at least one source.
 */
export function removeSource(dir: string, id: string): void {
  const doc = readProjectDocument(dir);
  const sources = sourcesOf(doc);
  const index = sources.items.findIndex((item) => isMap(item) && item.get('id') === id);
  if (index === -1) throw new UserError(`no source with id "${id}"`, { field: 'sourceId' }, 'NOT_FOUND');
  if (sources.items.length === 1) throw new UserError('a project needs at least one source; add another before removing this one', { field: 'sources' });
  sources.delete(index);
  writeProjectDocument(dir, doc);
}

function sourcesOf(doc: Document): YAMLSeq {
  const sources = doc.get('sources');
  if (!isSeq(sources)) throw new UserError('sources is not a list', { file: PROJECT_FILES.project, field: 'sources' });
  return sources;
}

/** An id from the file or folder name (`synthea-csv-27` → `synthea-csv-27`), made unique. */
function uniqueId(absolute: string, taken: readonly string[]): string {
  const stem = basename(absolute, extname(absolute)).toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z]+/, '').slice(0, 48);
  const base = stem || 'source';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
