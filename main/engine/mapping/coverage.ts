import { MAPPING_CLASSES, type MappingClass } from '../../../preload/contract/mapping-schemas';
import type { Catalog } from '../catalog/catalog';
import type { FieldMapping } from './contract-schema';

/** How far one target table's fields are decided. */
export interface TableCoverage {
  table: string;
  /** Columns the catalog declares. */
  fields: number;
  /** Fields the contract gives a class other than UNRESOLVED. */
  decided: number;
  /** UNRESOLVED in the contract, or missing from it altogether. */
  unresolved: number;
  /** Unresolved fields that are NOT NULL in the catalog or required in the contract: these block a load. */
  requiredUnresolved: number;
  /** Fields whose mapping is approved. */
  approved: number;
  /** Contract rows by class; fields missing from the contract count as UNRESOLVED. */
  byClass: Record<MappingClass, number>;
  /** The unresolved fields by name, catalog order. */
  unresolvedFields: string[];
}

/** Coverage of the whole contract against the catalog. */
export interface ContractCoverage {
  tables: TableCoverage[];
  totals: Omit<TableCoverage, 'table' | 'unresolvedFields'>;
  /** Contract rows naming a table or field the catalog does not have. */
  unknownFields: { targetTable: string; targetField: string; line: number }[];
}

/**
 * Measures the contract against the catalog: every catalog column is a field to decide,
 * whether or not the contract mentions it yet. A field is decided once it has any class
 * but UNRESOLVED (OUT_OF_SCOPE is a decision too); it blocks a load when it is unresolved
 * and the catalog says NOT NULL or the contract says required.
 */
export function contractCoverage(catalog: Catalog, mappings: readonly FieldMapping[]): ContractCoverage {
  const byKey = new Map(mappings.map((m) => [key(m.target_table, m.target_field), m]));
  const known = new Set<string>();
  const tables = catalog.tables.map((table): TableCoverage => {
    const coverage: TableCoverage = { table: table.name, fields: 0, decided: 0, unresolved: 0, requiredUnresolved: 0, approved: 0, byClass: emptyByClass(), unresolvedFields: [] };
    for (const column of table.columns) {
      const id = key(table.name, column.name);
      known.add(id);
      const mapping = byKey.get(id);
      const cls = mapping?.class ?? 'UNRESOLVED';
      coverage.fields++;
      coverage.byClass[cls]++;
      if (mapping?.status === 'approved') coverage.approved++;
      if (cls !== 'UNRESOLVED') {
        coverage.decided++;
        continue;
      }
      coverage.unresolved++;
      coverage.unresolvedFields.push(column.name);
      if (column.notNull || mapping?.required) coverage.requiredUnresolved++;
    }
    return coverage;
  });
  const totals = { fields: 0, decided: 0, unresolved: 0, requiredUnresolved: 0, approved: 0, byClass: emptyByClass() };
  for (const t of tables) {
    totals.fields += t.fields;
    totals.decided += t.decided;
    totals.unresolved += t.unresolved;
    totals.requiredUnresolved += t.requiredUnresolved;
    totals.approved += t.approved;
    for (const cls of MAPPING_CLASSES) totals.byClass[cls] += t.byClass[cls];
  }
  const unknownFields = mappings
    .filter((m) => !known.has(key(m.target_table, m.target_field)))
    .map((m) => ({ targetTable: m.target_table, targetField: m.target_field, line: m.line }));
  return { tables, totals, unknownFields };
}

function key(table: string, field: string): string {
  return `${table}.${field}`.toLowerCase();
}

function emptyByClass(): Record<MappingClass, number> {
  return Object.fromEntries(MAPPING_CLASSES.map((c) => [c, 0])) as Record<MappingClass, number>;
}
