import type { ProjectProblem } from '../../../preload/contract';
import { isUserError } from '../errors';
import type { SourceConnection } from '../connectors/connector';
import { openSource } from '../connectors/open-source';
import type { ProjectConfig, SourceConfig } from './project-schema';

/** A table of one of the project's sources, with its columns. */
export interface SourceTable {
  sourceId: string;
  name: string;
  columns: string[];
  /** Rows, exact or estimated, for progress; null when the connector cannot tell cheaply. */
  rowEstimate: number | null;
  /** The source it belongs to, to open a connection that reads it. */
  source: SourceConfig;
}

/**
 * Discovers every source's tables and columns through its connector. A source or a
 * table that cannot be read becomes a problem naming its file (and line), so one bad
 * file does not hide the rest.
 */
export async function readSourceTables(
  dir: string,
  config: ProjectConfig,
): Promise<{ tables: SourceTable[]; problems: ProjectProblem[] }> {
  const tables: SourceTable[] = [];
  const problems: ProjectProblem[] = [];
  for (const source of config.sources) {
    let connection: SourceConnection | undefined;
    try {
      connection = openSource(source, { baseDir: dir });
      for (const table of await connection.discover()) {
        if (table.problem) {
          const { file, line, text } = table.problem;
          problems.push(line === undefined ? { file, message: text } : { file, line, message: text });
          continue;
        }
        const columns = table.columns.map((c) => c.name);
        tables.push({ sourceId: source.id, name: table.name, columns, rowEstimate: table.rowEstimate, source });
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      const line = error.place.line;
      problems.push({ file: error.place.file ?? source.path, ...(line === undefined ? {} : { line }), message: error.message });
    } finally {
      await connection?.close();
    }
  }
  return { tables, problems };
}

/** Finds a source table by `table` or `source.table`. */
export function findSourceTable(tables: readonly SourceTable[], name: string): SourceTable | undefined {
  const exact = tables.find((t) => t.name === name);
  if (exact) return exact;
  const dot = name.indexOf('.');
  if (dot === -1) return undefined;
  const [sourceId, table] = [name.slice(0, dot), name.slice(dot + 1)];
  return tables.find((t) => t.sourceId === sourceId && t.name === table);
}
