import type { MappingState } from '../../../preload/contract';

/** A source table as the editor offers it: the value stored in the contract and a label. */
export interface SourceTableOption {
  value: string;
  label: string;
}

/**
 * The source tables to choose from. The contract names a table bare (`patients`) when
 * only one source has a table by that name, and as `source.table` otherwise, as the
 * pipeline resolves them.
 */
export function sourceTableOptions(sources: MappingState['sources']): SourceTableOption[] {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.table, (counts.get(s.table) ?? 0) + 1);
  return sources.map((s) => {
    const value = counts.get(s.table) === 1 ? s.table : `${s.source}.${s.table}`;
    return { value, label: `${s.source}.${s.table}` };
  });
}

/** The columns of the source table a contract value names (`table` or `source.table`). */
export function sourceColumnsOf(sources: MappingState['sources'], name: string | null): MappingState['sources'][number]['columns'] {
  if (!name) return [];
  const exact = sources.find((s) => s.table === name) ?? sources.find((s) => `${s.source}.${s.table}` === name);
  return exact?.columns ?? [];
}
