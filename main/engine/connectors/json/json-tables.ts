import type { ConnectorProblem, DiscoveredTable } from '../connector';
import { isUserError } from '../../errors';
import type { JsonConfig } from './json-config';
import { detectJsonFormat, type JsonFile, type JsonFormat } from './json-files';
import { jsonRecords } from './json-records';
import { PARENT_ROW, RecordFlattener } from './flatten-record';

/** A file with the format it is read in. */
export interface ReadableJsonFile {
  file: JsonFile;
  format: JsonFormat;
}

/** A table of a JSON source: its columns in order of first appearance, rows, and where it comes from. */
export interface JsonTable {
  name: string;
  columns: string[];
  rows: number;
  /** The table a child table's rows belong to. */
  parent: string | null;
  /** The files holding this table's records, in order; for a child, its top-level ancestor's. */
  files: ReadableJsonFile[];
}

/** What scanning a source found: its tables, and what could not be read. */
export interface JsonScan {
  tables: JsonTable[];
  problems: (ConnectorProblem & { table: string })[];
}

interface FileTable {
  columns: Set<string>;
  rows: number;
  parent: string | null;
}

/**
 * Reads every file through once and lists the tables their records make, top-level and
 * child, with their columns (the union over all rows: JSON rows need not share keys) and
 * exact row counts. Files making the same table (two bundles of the same shape) are
 * concatenated in file-name order. A file that cannot be read is left out whole, as a problem.
 */
export async function scanJsonFiles(files: readonly JsonFile[], config: JsonConfig): Promise<JsonScan> {
  const scan: JsonScan = { tables: [], problems: [] };
  for (const file of files) {
    let found: Map<string, FileTable>;
    let format: JsonFormat;
    try {
      format = await detectJsonFormat(file, config);
      found = await scanFile(file, format);
    } catch (error) {
      if (!isUserError(error)) throw error;
      scan.problems.push({ table: file.table, file: error.place.file ?? file.label, line: error.place.line, text: error.message });
      continue;
    }
    for (const [name, table] of found) {
      const known = scan.tables.find((t) => t.name === name);
      if (!known) {
        scan.tables.push({ name, columns: [...table.columns], rows: table.rows, parent: table.parent, files: [] });
      } else if (known.parent !== table.parent) {
        scan.problems.push({ table: name, file: file.label, text: `table ${name} here is shaped differently from the one in another file; left out` });
      } else {
        known.rows += table.rows;
        for (const column of table.columns) if (!known.columns.includes(column)) known.columns.push(column);
      }
    }
    for (const [name, table] of found) if (table.parent === null) scan.tables.find((t) => t.name === name)!.files.push({ file, format });
  }
  for (const table of scan.tables) table.files = rootOf(table, scan.tables).files;
  return scan;
}

async function scanFile(file: JsonFile, format: JsonFormat): Promise<Map<string, FileTable>> {
  const tables = new Map<string, FileTable>();
  const flattener = new RecordFlattener();
  for await (const record of jsonRecords(file, format)) {
    for (const row of flattener.flatten(record.value, record.table)) {
      let table = tables.get(row.table);
      if (!table) {
        table = { columns: new Set(), rows: 0, parent: row.parent };
        tables.set(row.table, table);
      }
      table.rows++;
      for (const column of Object.keys(row.values)) table.columns.add(column);
    }
  }
  return tables;
}

function rootOf(table: JsonTable, tables: readonly JsonTable[]): JsonTable {
  let current = table;
  for (let parent = current.parent; parent !== null; parent = current.parent) {
    const next = tables.find((t) => t.name === parent);
    if (!next) break;
    current = next;
  }
  return current;
}

/** A scanned table as the connector contract describes it. */
export function toDiscovered(table: JsonTable): DiscoveredTable {
  const discovered: DiscoveredTable = {
    name: table.name,
    kind: table.parent ? 'child' : 'file',
    columns: table.columns.map((name) => ({ name })),
    rowEstimate: table.rows,
  };
  if (table.parent) discovered.parent = { table: table.parent, key: PARENT_ROW };
  return discovered;
}
