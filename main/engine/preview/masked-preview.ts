import type { Preview } from '../../../preload/contract';
import type { SourceRecord } from '../connectors/connector';
import type { KnownIdentifiers } from '../profile/table-profiler';
import { identifyingColumns } from './identifying-columns';
import { maskValue } from './mask-value';

/**
 * A preview as it may leave the engine: identifying columns masked unless the user asked
 * to reveal them, and listed either way. Masking happens here, before the rows cross the
 * contract, so a masked value never reaches the window at all.
 */
export function maskedPreview(table: string, columns: readonly string[], rows: readonly SourceRecord[], reveal: boolean, known?: KnownIdentifiers): Preview {
  const masked = identifyingColumns(table, columns, rows, known);
  const hide = new Set(reveal ? [] : masked);
  return {
    table,
    columns: [...columns],
    rows: rows.map((row) => {
      const values: Preview['rows'][number]['values'] = {};
      for (const [column, value] of Object.entries(row.values)) values[column] = hide.has(column) ? maskValue(value) : value;
      return row.problem === undefined ? { locator: row.locator, values } : { locator: row.locator, values, problem: row.problem };
    }),
    masked,
    revealed: reveal,
  };
}

/** The columns of preview rows in first-seen order, for sources whose rows vary (sparse JSON). */
export function previewColumns(rows: readonly SourceRecord[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const column of Object.keys(row.values)) seen.add(column);
  return [...seen];
}
