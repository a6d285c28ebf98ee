import { UserError } from '../errors';
import type { ConnectorContext, SourceConnection } from './connector';
import { findSource } from './registry';

/** A source as project.yaml lists it: `type`, the connector's options, perhaps an `id`. */
export type SourceEntry = { type: string; path: string } & Record<string, unknown>;

/**
 * Opens a source through its registered connector, checking the options against the
 * connector's own schema. An unknown type or a bad option is a UserError naming it.
 */
export function openSource(entry: SourceEntry, context: ConnectorContext): SourceConnection {
  const connector = findSource(entry.type);
  if (!connector) throw new UserError(`unknown source type "${entry.type}"`, { file: entry.path, field: 'type' });
  const { type: _type, id: _id, ...options } = entry;
  const parsed = connector.configSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, { file: entry.path, field: issue.path.join('.') || undefined });
  }
  return connector.open(parsed.data, context);
}
