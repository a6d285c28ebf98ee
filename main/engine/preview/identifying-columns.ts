import type { CellValue } from '../connectors/connector';
import { nameHints } from '../profile/column-name-hints';
import { TableProfiler, type KnownIdentifiers } from '../profile/table-profiler';

/**
 * The columns of a table whose values should be masked in a preview: those the
 * profiler's identifier flags pick out from the rows shown (an NHS number by its check
 * digit, a postcode by its shape…), and those whose name alone suggests a person's
 * identifier (a `surname` column with only initials in the first rows is still a name),
 * and those the source's format declares identifying (HL7 v2's PID-5, say).
 * Erring on the side of masking costs a click on "reveal"; the other way leaks a value.
 */
export function identifyingColumns(
  table: string,
  columns: readonly string[],
  rows: readonly { values: Record<string, CellValue> }[],
  known: KnownIdentifiers = () => null,
): string[] {
  const profiler = new TableProfiler('preview', table, columns);
  profiler.addBatch(rows);
  const flagged = new Set(profiler.finish().columns.filter((c) => c.flags.length > 0).map((c) => c.name));
  return columns.filter((column) => flagged.has(column) || known(column) !== null || Object.values(nameHints(column, table)).some(Boolean));
}
