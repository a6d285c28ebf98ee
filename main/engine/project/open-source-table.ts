import type { SourceConnection } from '../connectors/connector';
import { openSource } from '../connectors/open-source';
import { UserError } from '../errors';
import type { ProjectConfig, SourceConfig } from './project-schema';

/** A source table opened for reading: its connection (close it), source, name and columns. */
export interface OpenSourceTable {
  connection: SourceConnection;
  source: SourceConfig;
  table: string;
  columns: string[];
}

/**
 * Opens the source holding a table the contract names (`table`, or `source.table` when
 * two sources share a table name), looking through the sources in project order and
 * discovering only until it is found. NOT_FOUND when no readable table has that name.
 */
export async function openSourceTable(projectDir: string, config: ProjectConfig, name: string): Promise<OpenSourceTable> {
  const dot = name.indexOf('.');
  const bySource = dot > 0 ? config.sources.find((s) => s.id === name.slice(0, dot)) : undefined;
  const candidates: [SourceConfig, string][] = bySource ? [[bySource, name.slice(dot + 1)]] : config.sources.map((s) => [s, name]);
  for (const [source, table] of candidates) {
    const connection = openSource(source, { baseDir: projectDir });
    try {
      const discovered = (await connection.discover()).find((t) => t.name === table && !t.problem);
      if (discovered) return { connection, source, table, columns: discovered.columns.map((c) => c.name) };
    } catch (error) {
      await connection.close();
      throw error;
    }
    await connection.close();
  }
  throw new UserError(`no readable source table named "${name}"`, { field: 'sourceTable' }, 'NOT_FOUND');
}
