import type { CatalogView, MappingChange, MappingClass, MappingRow, MappingState } from '../../../preload/contract';

/** A catalog column with the contract's mapping for it (a default UNRESOLVED one when the contract has none). */
export interface FieldView {
  targetTable: string;
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  foreignKey: string | null;
  /** The contract's mapping, or null when the contract does not list the field yet. */
  mapping: (MappingRow & { line: number }) | null;
  /** The mapping as shown: the contract's, or UNRESOLVED. */
  effective: MappingRow;
}

/** The fields of one target table in catalog order, each with its mapping. */
export function fieldsOf(state: Pick<MappingState, 'catalog' | 'rows'>, table: string): FieldView[] {
  const target = state.catalog.tables.find((t) => t.name === table);
  if (!target) return [];
  const byField = new Map(state.rows.filter((r) => r.targetTable.toLowerCase() === table.toLowerCase()).map((r) => [r.targetField.toLowerCase(), r]));
  return target.columns.map((column) => {
    const mapping = byField.get(column.name.toLowerCase()) ?? null;
    const fk = target.foreignKeys.find((f) => f.columns.includes(column.name));
    return {
      targetTable: target.name,
      name: column.name,
      type: column.type,
      notNull: column.notNull,
      primaryKey: target.primaryKey.includes(column.name),
      foreignKey: fk ? fk.refTable : null,
      mapping,
      effective: mapping ?? unresolved(target.name, column.name, column.notNull),
    };
  });
}

function unresolved(targetTable: string, targetField: string, required: boolean): MappingRow {
  return { targetTable, targetField, class: 'UNRESOLVED', sourceTable: null, sourceField: null, expression: null, crosswalk: null, default: null, required, notes: '', status: 'draft', approvedBy: null };
}

const EDITABLE = ['class', 'sourceTable', 'sourceField', 'expression', 'crosswalk', 'default', 'required', 'notes', 'status', 'approvedBy'] as const;

/** The change that turns `before` into `after`: only the keys that differ; null when nothing does. */
export function changeBetween(before: MappingRow, after: MappingRow): MappingChange | null {
  const change: MappingChange = { targetTable: before.targetTable, targetField: before.targetField };
  let any = false;
  for (const key of EDITABLE) {
    if (before[key] === after[key]) continue;
    (change as Record<string, unknown>)[key] = after[key];
    any = true;
  }
  return any ? change : null;
}

/** What a class asks for, so the editor shows only the inputs that matter. */
export function inputsFor(cls: MappingClass): { source: boolean; expression: boolean; crosswalk: boolean; default: boolean } {
  switch (cls) {
    case 'DIRECT_SOURCE':
      return { source: true, expression: false, crosswalk: false, default: true };
    case 'LOOKUP_TRANSLATION':
      return { source: true, expression: false, crosswalk: true, default: true };
    case 'DERIVED':
      return { source: true, expression: true, crosswalk: false, default: true };
    case 'SURROGATE_ETL':
      return { source: false, expression: true, crosswalk: false, default: true };
    default:
      return { source: false, expression: false, crosswalk: false, default: false };
  }
}

/** The source table a target table is driven from: the one its decided fields name most. */
export function drivingTableOf(state: Pick<MappingState, 'rows'>, table: string): string | null {
  const counts = new Map<string, number>();
  for (const row of state.rows) {
    if (row.targetTable.toLowerCase() !== table.toLowerCase() || !row.sourceTable) continue;
    if (row.class === 'UNRESOLVED' || row.class === 'OUT_OF_SCOPE') continue;
    counts.set(row.sourceTable, (counts.get(row.sourceTable) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/** The target tables in load order, then any the load order leaves out. */
export function tablesInOrder(catalog: CatalogView): string[] {
  const names = catalog.tables.map((t) => t.name);
  return [...catalog.loadOrder.filter((t) => names.includes(t)), ...names.filter((t) => !catalog.loadOrder.includes(t))];
}

/** Offers text to the user as a file download, without a round trip to the engine. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
