import type { CellValue } from '../connector';
import { isJsonObject } from './json-document-scanner';

/** The column linking a child row to its parent's row number. */
export const PARENT_ROW = '_parent_row';
/** The column holding the parent's `id`, when the parent has one. */
export const PARENT_ID = '_parent_id';
/** What joins an array of scalars into one cell. */
export const SCALAR_SEPARATOR = '|';

/** One flat row of one table. */
export interface FlatRow {
  table: string;
  /** The table a child row belongs under; null for a top-level row. */
  parent: string | null;
  values: Record<string, CellValue>;
}

/**
 * Flattens records into table rows. Nested objects become `a.b` columns. An array of
 * objects becomes a child table `<table>.<key>` (`patients.addresses`), one row per item
 * with `_parent_row`, the parent's row number in its table, and `_parent_id`, the
 * `id` of the object holding the array (or of the parent row) when it has one; nested
 * arrays make grandchild tables the same way. An
 * array of scalars becomes one cell, its items joined with `|` (nulls left out), which
 * keeps a code list next to its row where a mapping expects it. Anything else (arrays of
 * arrays, objects mixed with scalars) is kept as its JSON text. Row numbers run per
 * table across the stream, so the flattener is stateful: use one per read.
 */
export class RecordFlattener {
  private readonly counts = new Map<string, number>();

  /** Every row a record makes: its own first, then its children's, depth first. */
  flatten(record: Record<string, unknown>, table: string): FlatRow[] {
    const rows: FlatRow[] = [];
    this.addRow(record, table, null, {}, rows);
    return rows;
  }

  private addRow(item: Record<string, unknown>, table: string, parent: string | null, values: Record<string, CellValue>, rows: FlatRow[]): void {
    const rowNumber = (this.counts.get(table) ?? 0) + 1;
    this.counts.set(table, rowNumber);
    const row: FlatRow = { table, parent, values };
    rows.push(row);
    this.addColumns(item, '', table, values, { row: rowNumber, id: idOf(item) }, rows);
  }

  private addColumns(
    item: Record<string, unknown>,
    prefix: string,
    table: string,
    values: Record<string, CellValue>,
    link: Link,
    rows: FlatRow[],
  ): void {
    for (const [key, value] of Object.entries(item)) {
      const name = prefix + key;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        values[name] = value;
      } else if (isJsonObject(value)) {
        // An array inside a nested object links by that object's own id when it has one
        // (a FHIR entry's resource.id), which says more than the outer row's.
        const id = idOf(value);
        this.addColumns(value, `${name}.`, table, values, id === undefined ? link : { row: link.row, id }, rows);
      } else if (Array.isArray(value)) {
        if (value.length > 0 && value.every(isJsonObject)) {
          for (const child of value) this.addRow(child, `${table}.${name}`, table, linkValues(link), rows);
        } else if (value.every((v) => v === null || typeof v !== 'object')) {
          const items = value.filter((v) => v !== null);
          values[name] = items.length === 0 ? null : items.map(String).join(SCALAR_SEPARATOR);
        } else values[name] = JSON.stringify(value);
      }
    }
  }
}

/** What a child row links to: its parent's row number, and the id nearest the array. */
interface Link {
  row: number;
  id: string | number | undefined;
}

function idOf(item: Record<string, unknown>): string | number | undefined {
  return typeof item.id === 'string' || typeof item.id === 'number' ? item.id : undefined;
}

function linkValues(link: Link): Record<string, CellValue> {
  return link.id === undefined ? { [PARENT_ROW]: link.row } : { [PARENT_ROW]: link.row, [PARENT_ID]: link.id };
}
