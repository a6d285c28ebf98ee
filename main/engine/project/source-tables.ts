import { join } from 'node:path';
import type { ProjectProblem } from '../../../preload/contract';
import { isUserError } from '../errors';
import { listCsvTables, readCsvHeader, type CsvReadOptions } from '../sources/csv-folder';
import type { ProjectConfig } from './project-schema';

/** A table of one of the project's sources, with its columns. */
export interface SourceTable {
  sourceId: string;
  name: string;
  file: string;
  columns: string[];
  read: CsvReadOptions;
}

/** Lists every source's tables and reads their headers; problems are collected. */
export async function readSourceTables(
  dir: string,
  config: ProjectConfig,
): Promise<{ tables: SourceTable[]; problems: ProjectProblem[] }> {
  const tables: SourceTable[] = [];
  const problems: ProjectProblem[] = [];
  for (const source of config.sources) {
    try {
      for (const entry of listCsvTables(join(dir, source.path), source.path)) {
        const label = `${source.path.replace(/\/$/, '')}/${entry.file.split(/[\\/]/).pop()}`;
        const read: CsvReadOptions = { label, delimiter: source.delimiter, encoding: source.encoding };
        try {
          tables.push({ sourceId: source.id, name: entry.name, file: entry.file, columns: await readCsvHeader(entry.file, read), read });
        } catch (error) {
          if (!isUserError(error)) throw error;
          problems.push({ file: label, line: error.place.line, message: error.message });
        }
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push({ file: error.place.file ?? source.path, message: error.message });
    }
  }
  return { tables, problems };
}

/** Finds a source table by `table` or `source.table`. */
export function findSourceTable(tables: readonly SourceTable[], name: string): SourceTable | undefined {
  const [first, second] = name.split('.');
  if (second !== undefined) return tables.find((t) => t.sourceId === first && t.name === second);
  return tables.find((t) => t.name === name);
}
