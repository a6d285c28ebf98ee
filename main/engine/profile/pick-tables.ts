import type { DiscoveredTable, SourceConnection } from '../connectors/connector';
import { UserError } from '../errors';
import type { SourceConfig } from '../project/project-schema';

/** A table chosen for profiling, with the connection that reads it. */
export interface TableChoice {
  sourceId: string;
  /** The source's connector type, for what its format says about the columns. */
  sourceType: string;
  connection: SourceConnection;
  table: DiscoveredTable;
}

/**
 * Discovers the sources' tables and keeps the chosen ones (`table` or `source.table`),
 * in source and discovery order; every table when none are named. A name that matches
 * nothing is a UserError naming it; a chosen table that discovery found unreadable comes
 * back with its problem, for the caller to report beside the tables it can read.
 */
export async function pickTables(connections: ReadonlyMap<SourceConfig, SourceConnection>, names?: readonly string[]): Promise<TableChoice[]> {
  const all: TableChoice[] = [];
  for (const [source, connection] of connections) {
    for (const table of await connection.discover()) all.push({ sourceId: source.id, sourceType: source.type, connection, table });
  }
  const wanted = names && names.length > 0 ? new Set(names) : null;
  if (wanted) {
    for (const name of wanted) {
      if (!all.some((c) => matches(c, name))) {
        const known = all.map((c) => `${c.sourceId}.${c.table.name}`).join(', ');
        throw new UserError(`no source table named "${name}"; the tables are: ${known || 'none'}`, { field: 'table' });
      }
    }
  }
  return wanted ? all.filter((c) => [...wanted].some((name) => matches(c, name))) : all;
}

function matches(choice: TableChoice, name: string): boolean {
  return name === choice.table.name || name === `${choice.sourceId}.${choice.table.name}`;
}
