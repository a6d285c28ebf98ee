import { isAbsolute } from 'node:path';
import type { ConfiguredSource } from '../../../preload/contract';
import type { ProjectConfig } from '../../engine/project/project-schema';
import { findTarget, knownIdentifiers, sourceConnectors, targetConnectors } from '../../engine/connectors/registry';
import { UserError } from '../../engine/errors';
import { addSource, removeSource } from '../../engine/project/edit-sources';
import { LOADABLE_TARGETS, setTarget as writeTarget } from '../../engine/project/edit-target';
import { maskedPreview, previewColumns } from '../../engine/preview/masked-preview';
import type { Handler } from '../handler-types';
import { noteChange } from './audit-note';
import { editableProject } from './editable-project';
import { readProjectConfig } from './project-config';
import { resolveSourceRef, withSource } from './source-ref';

const PREVIEW_ROWS = 100;

/** `connectors:kinds`: every registered connector, sources first, in registry order. */
export const kinds: Handler<'connectors:kinds'> = () =>
  [...sourceConnectors, ...targetConnectors].map((c) => ({
    id: c.id,
    label: c.label,
    role: c.role,
    extensions: [...c.extensions],
    acceptsFolder: c.acceptsFolder,
    ...(c.role === 'target' ? { loadable: LOADABLE_TARGETS.includes(c.id) } : {}),
  }));

/** `connectors:list`: the open project's sources and target as project.yaml declares them. */
export const list: Handler<'connectors:list'> = (_input, { session }) => {
  const config = readProjectConfig(session.requireProject());
  return { sources: config.sources.map(toConfigured), target: targetOf(config) };
};

/** `connectors:test`: whether a source is readable, what was detected and every problem with its place. */
export const test: Handler<'connectors:test'> = (input, { session }) => withSource(resolveSourceRef(input, session), (c) => c.test());

/** `connectors:discover`: a source's tables with their columns and row estimates; unreadable ones carry their problem. */
export const discover: Handler<'connectors:discover'> = (input, { session }) =>
  withSource(resolveSourceRef(input, session), (c) => c.discover());

/**
 * `connectors:preview`: the first rows of a configured source's table, identifying values
 * masked (shape kept) unless `reveal` is set. The columns come from discovery when the
 * table has no rows to show them.
 */
export const preview: Handler<'connectors:preview'> = (input, { session }) => {
  const source = resolveSourceRef({ sourceId: input.sourceId }, session);
  return withSource(source, async (connection) => {
    const rows = await connection.preview(input.table, input.limit ?? PREVIEW_ROWS);
    let columns = previewColumns(rows);
    if (columns.length === 0) columns = (await connection.discover()).find((t) => t.name === input.table)?.columns.map((c) => c.name) ?? [];
    return maskedPreview(input.table, columns, rows, input.reveal === true, knownIdentifiers(source.entry.type, input.table));
  });
};

/** `connectors:add`: writes a new source into project.yaml (comments kept) after checking it. */
export const add: Handler<'connectors:add'> = (input, context) => {
  const dir = editableProject(context);
  const { id, type, path, ...options } = addSource(dir, input);
  noteChange(dir, 'source.added', id, { type, path });
  return { id, type, path, options };
};

/** `connectors:remove`: takes a source out of project.yaml (comments kept). */
export const remove: Handler<'connectors:remove'> = (input, context) => {
  const dir = editableProject(context);
  removeSource(dir, input.sourceId);
  noteChange(dir, 'source.removed', input.sourceId, {});
  return { removed: true };
};

/**
 * `connectors:test-target`: whether the project's target (no input), or one being tried
 * out, can be written: a missing file or folder is fine when it can be created.
 */
export const testTarget: Handler<'connectors:test-target'> = async (input, { session }) => {
  const dir = session.project;
  const ref = 'type' in input ? input : dir ? readProjectConfig(dir).target : null;
  if (!ref) throw new UserError('no project is open', {}, 'NO_PROJECT');
  const baseDir = dir ?? (isAbsolute(ref.path) ? '/' : null);
  if (baseDir === null) throw new UserError('a relative path needs an open project; give the full path', { field: 'path' });
  const connector = findTarget(ref.type);
  if (!connector) {
    throw new UserError(`unknown target type "${ref.type}"; known types: ${targetConnectors.map((c) => c.id).join(', ')}`, { field: 'type' });
  }
  const connection = connector.open({ path: ref.path }, { baseDir });
  try {
    return await connection.test();
  } finally {
    await connection.close();
  }
};

/** `connectors:set-target`: points project.yaml at another target and catalog (comments kept). */
export const setTarget: Handler<'connectors:set-target'> = (input, context) => {
  const dir = editableProject(context);
  writeTarget(dir, input);
  const target = targetOf(readProjectConfig(dir));
  noteChange(dir, 'target.changed', target.path, { type: target.type, catalog: target.options.catalog });
  return target;
};

function targetOf(config: ProjectConfig): Omit<ConfiguredSource, 'id'> {
  const { type, path, ...options } = config.target;
  return { type, path, options };
}

function toConfigured(source: { id: string; type: string; path: string } & Record<string, unknown>): ConfiguredSource {
  const { id, type, path, ...options } = source;
  return { id, type, path, options };
}
