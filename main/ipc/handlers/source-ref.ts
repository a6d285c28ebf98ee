import { isAbsolute } from 'node:path';
import type { SourceRef } from '../../../preload/contract';
import type { SourceConnection } from '../../engine/connectors/connector';
import { openSource, type SourceEntry } from '../../engine/connectors/open-source';
import { UserError } from '../../engine/errors';
import type { Session } from '../session';
import { readProjectConfig } from './project-config';

/** A source to open: its entry as project.yaml would hold it, and the folder paths are relative to. */
export interface ResolvedSource {
  entry: SourceEntry;
  baseDir: string;
}

/**
 * Turns a reference into something to open: a configured source by id (NOT_FOUND if the
 * project has none by that name), or an ad-hoc `{ type, path, options }` being tried out
 * before it is added. An ad-hoc relative path needs an open project to be relative to.
 */
export function resolveSourceRef(ref: SourceRef, session: Session): ResolvedSource {
  if ('sourceId' in ref) {
    const dir = session.requireProject();
    const source = readProjectConfig(dir).sources.find((s) => s.id === ref.sourceId);
    if (!source) throw new UserError(`no source with id "${ref.sourceId}"`, { field: 'sourceId' }, 'NOT_FOUND');
    return { entry: source, baseDir: dir };
  }
  const baseDir = session.project ?? (isAbsolute(ref.path) ? '/' : null);
  if (baseDir === null) throw new UserError('a relative path needs an open project; give the full path', { field: 'path' });
  if (ref.options && ['id', 'type', 'path'].some((key) => key in ref.options!)) {
    throw new UserError('options may not set id, type or path', { field: 'options' });
  }
  return { entry: { ...ref.options, type: ref.type, path: ref.path }, baseDir };
}

/** Opens a source, lets `work` use it and always closes it. */
export async function withSource<T>(resolved: ResolvedSource, work: (connection: SourceConnection) => Promise<T>): Promise<T> {
  const connection = openSource(resolved.entry, { baseDir: resolved.baseDir });
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}
