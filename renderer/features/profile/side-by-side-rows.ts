import type { CatalogView, ColumnProfile, MappingPair, TableProfile } from '../../../preload/contract';

/** A target table as the catalog describes it. */
type TargetTable = CatalogView['tables'][number];

/** One line of the side-by-side view: a target column and the source column that fills it, or either alone. */
export interface SideBySideRow {
  source: ColumnProfile | null;
  target: TargetTable['columns'][number] | null;
  /** The mapping class when the contract pairs the two. */
  mapping: string | null;
}

const same = (a: string | null | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/** Tells whether a contract's `source_table` (`table` or `source.table`) names this profiled table. */
export function namesTable(sourceTable: string | null, table: TableProfile): boolean {
  return same(sourceTable, table.name) || same(sourceTable, `${table.source}.${table.name}`);
}

/**
 * Lines a source table up against a target table: every target column in catalog order
 * with the source column the contract fills it from (when it reads this source table),
 * then the source columns nothing maps, so gaps on either side stand out.
 */
export function sideBySideRows(source: TableProfile, target: TargetTable, pairs: readonly MappingPair[]): SideBySideRow[] {
  const used = new Set<string>();
  const rows: SideBySideRow[] = target.columns.map((column) => {
    const pair = pairs.find((p) => same(p.targetTable, target.name) && same(p.targetField, column.name));
    const fromHere = pair && namesTable(pair.sourceTable, source) ? source.columns.find((c) => same(pair.sourceField, c.name)) ?? null : null;
    if (fromHere) used.add(fromHere.name);
    return { source: fromHere, target: column, mapping: pair?.class ?? null };
  });
  for (const column of source.columns) if (!used.has(column.name)) rows.push({ source: column, target: null, mapping: null });
  return rows;
}

/** The source table the contract fills a target table from most often, if any. */
export function drivingSourceOf(target: string, pairs: readonly MappingPair[]): string | null {
  const counts = new Map<string, number>();
  for (const p of pairs) if (p.sourceTable && same(p.targetTable, target)) counts.set(p.sourceTable, (counts.get(p.sourceTable) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
