import type { FieldMapping } from '../mapping/contract-schema';

/** The source tables feeding one target table, with the line of its first mapping. */
export interface DrivingSource {
  table: string;
  sources: string[];
  line: number;
}

/**
 * Groups the contract by target table, in contract order, with the distinct source
 * tables each is fed from. A loadable table has exactly one.
 */
export function drivingSources(mappings: readonly FieldMapping[]): DrivingSource[] {
  const byTable = new Map<string, DrivingSource>();
  for (const m of mappings) {
    const entry = byTable.get(m.target_table) ?? { table: m.target_table, sources: [], line: m.line };
    if (m.source_table && m.class !== 'OUT_OF_SCOPE' && m.class !== 'UNRESOLVED' && !entry.sources.includes(m.source_table)) {
      entry.sources.push(m.source_table);
    }
    byTable.set(m.target_table, entry);
  }
  return [...byTable.values()];
}
