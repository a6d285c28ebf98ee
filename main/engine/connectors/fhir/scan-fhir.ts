import { isUserError, type UserError } from '../../errors';
import type { CellValue, ConnectorProblem, DiscoveredColumn, DiscoveredTable, SourceRecord } from '../connector';
import { compareFhirColumns } from './column-order';
import type { FhirFile } from './fhir-files';
import { FLATTEN_LIMITS } from './flatten-resource';
import { sourceRows } from './fhir-rows';

/** What a full pass over a FHIR source found. */
export interface FhirScan {
  files: number;
  resources: number;
  /** One table per resource type, in order of first appearance. */
  tables: DiscoveredTable[];
  /** Unreadable files, and per table a note when flattening bounds cut resources. */
  problems: ConnectorProblem[];
  /** Why each unreadable file could not be read, in file order. */
  failures: UserError[];
}

interface TableStats {
  rows: number;
  columns: Map<string, Set<string>>;
  truncated: number;
  firstTruncated?: SourceRecord['locator'];
}

/** `number` or `boolean` when every value of a column was one; JSON strings say nothing more. */
function declared(kinds: Set<string>): DiscoveredColumn['declaredType'] {
  return kinds.size === 1 && !kinds.has('string') ? [...kinds][0] : undefined;
}

function toTable(name: string, stats: TableStats): DiscoveredTable {
  const columns = [...stats.columns.keys()].sort(compareFhirColumns).map((column) => {
    const type = declared(stats.columns.get(column)!);
    return type ? { name: column, declaredType: type } : { name: column };
  });
  return { name, kind: 'resource', rowEstimate: stats.rows, columns };
}

function note(name: string, stats: TableStats): ConnectorProblem[] {
  if (stats.truncated === 0 || !stats.firstTruncated) return [];
  const { depth, items } = FLATTEN_LIMITS;
  const text = `${stats.truncated} ${name} resources have lists longer than ${items} items or nesting deeper than ${depth} levels; those parts have no columns`;
  return [{ ...stats.firstTruncated, text }];
}

function track(stats: TableStats, values: Record<string, CellValue>): void {
  for (const [column, value] of Object.entries(values)) {
    let kinds = stats.columns.get(column);
    if (!kinds) stats.columns.set(column, (kinds = new Set()));
    kinds.add(typeof value);
  }
}

/**
 * Reads every resource once to learn the resource tables, their columns and row counts.
 * A file that fails is reported and the pass goes on with the next one.
 */
export async function scanFhir(files: FhirFile[], signal?: AbortSignal): Promise<FhirScan> {
  const tables = new Map<string, TableStats>();
  const failures: UserError[] = [];
  let resources = 0;
  for (const file of files) {
    try {
      for await (const row of sourceRows([file], undefined, signal)) {
        resources++;
        let stats = tables.get(row.resourceType);
        if (!stats) tables.set(row.resourceType, (stats = { rows: 0, columns: new Map(), truncated: 0 }));
        stats.rows++;
        track(stats, row.record.values);
        if (row.truncated && stats.truncated++ === 0) stats.firstTruncated = row.record.locator;
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      failures.push(error);
    }
  }
  const fileProblems = failures.map((error): ConnectorProblem => {
    const problem: ConnectorProblem = { file: error.place.file ?? '', text: error.message };
    if (error.place.line !== undefined) problem.line = error.place.line;
    return problem;
  });
  return {
    files: files.length,
    resources,
    failures,
    problems: [...fileProblems, ...[...tables].flatMap(([name, stats]) => note(name, stats))],
    tables: [...tables].map(([name, stats]) => toTable(name, stats)),
  };
}
