import { join } from 'node:path';
import type { CellValue } from '../connectors/connector';
import { CancelledError } from '../errors';
import { openSourceTable } from '../project/open-source-table';
import { PROJECT_FILES } from '../project/project-files';
import { projectSchema } from '../project/project-schema';
import { readYamlOrThrow } from '../project/read-yaml';
import { knownIdentifiers } from '../connectors/registry';
import { maskValue } from '../preview/mask-value';
import { nameHints } from '../profile/column-name-hints';
import { suppressCount } from '../profile/suppress';
import { isUserError } from '../errors';
import { readCrosswalkFile } from './crosswalk-file';
import { readContract } from './read-contract';

/** A contract field that translates its source through a crosswalk. */
export interface CrosswalkUse {
  targetTable: string;
  targetField: string;
  sourceTable: string | null;
  sourceField: string | null;
}

/** A code found in the data, how often, and what the crosswalk makes of it. */
export interface ScannedCode {
  code: string;
  /** Rows holding it; null when fewer than the minimum cell count. */
  rows: number | null;
  /** The target code, or null when the crosswalk lacks the code (those rows are rejected). */
  target: string | null;
}

/** Every code the fields using a crosswalk hold in the data, mapped or not. */
export interface CrosswalkScan {
  name: string;
  usedBy: CrosswalkUse[];
  /** Unmapped codes first (most rows first), then mapped ones. */
  codes: ScannedCode[];
  rowsRead: number;
  /** Rows the crosswalk would reject: their code is not in it. Suppressed like any count. */
  rejectedRows: number | null;
  /** More distinct codes than are kept: not a code column, or a wrong mapping. */
  truncated: boolean;
  /** Source tables that could not be read, with why. */
  unreadable: { sourceTable: string; message: string }[];
  /** A source field looks identifying (a name, an id): its values are masked here, and the mapping is likely wrong. */
  identifying: boolean;
}

/** Beyond this many distinct values a column is not a code list; counting stops growing. */
const MAX_CODES = 5000;

/**
 * Reads every source field the contract translates through `name`, as the pipeline would
 * (trimmed text; blanks are not codes), and counts each code, so unmapped codes show with
 * how many rows they would reject before any run. Counts below the minimum cell count are
 * suppressed in the answer, as in every other count the app shows.
 */
export async function scanCrosswalk(projectDir: string, name: string, options: { minCellCount?: number; signal?: AbortSignal } = {}): Promise<CrosswalkScan> {
  const crosswalk = readCrosswalkFile(projectDir, name);
  const codes = new Map(crosswalk.rows.map((r) => [r.source.trim(), r.target.trim()]));
  const config = readYamlOrThrow(join(projectDir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  const { mappings } = readContract(join(projectDir, PROJECT_FILES.contract));
  const usedBy = mappings
    .filter((m) => m.class === 'LOOKUP_TRANSLATION' && m.crosswalk === name)
    .map((m) => ({ targetTable: m.target_table, targetField: m.target_field, sourceTable: m.source_table, sourceField: m.source_field }));
  const counts = new Map<string, number>();
  let identifying = false;
  const unreadable: CrosswalkScan['unreadable'] = [];
  let rowsRead = 0;
  let truncated = false;
  for (const use of usedBy) {
    if (!use.sourceTable || !use.sourceField) continue;
    try {
      const table = await openSourceTable(projectDir, config, use.sourceTable);
      // A crosswalk over a name or an identifier is a wrong mapping; its "codes" are people's values.
      if (Object.values(nameHints(use.sourceField, table.table)).some(Boolean) || knownIdentifiers(table.source.type, table.table)(use.sourceField)) identifying = true;
      try {
        for await (const batch of table.connection.read(table.table, { signal: options.signal })) {
          if (options.signal?.aborted) throw new CancelledError('scan cancelled');
          for (const row of batch) {
            rowsRead++;
            const code = text(row.values[use.sourceField]).trim();
            if (code === '') continue;
            const seen = counts.get(code);
            if (seen !== undefined) counts.set(code, seen + 1);
            else if (counts.size < MAX_CODES) counts.set(code, 1);
            else truncated = true;
          }
        }
      } finally {
        await table.connection.close();
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      unreadable.push({ sourceTable: use.sourceTable, message: error.describe() });
    }
  }
  const k = options.minCellCount ?? config.privacy.minCellCount;
  let rejected = 0;
  const scanned = [...counts].map(([code, rows]) => {
    const target = codes.get(code) ?? null;
    if (target === null) rejected += rows;
    return { code, rows, target };
  });
  scanned.sort((a, b) => Number(a.target !== null) - Number(b.target !== null) || b.rows - a.rows || (a.code < b.code ? -1 : 1));
  return {
    name,
    usedBy,
    codes: scanned.map((c) => ({ ...c, code: identifying ? String(maskValue(c.code)) : c.code, rows: suppressCount(c.rows, k) })),
    identifying,
    rowsRead,
    rejectedRows: suppressCount(rejected, k),
    truncated,
    unreadable,
  };
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
