import type { CellValue, SourceRecord } from '../connector';
import type { SheetRow } from './workbook-stream';

/** A column number as Excel letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Column names from a header row: blanks become `column_C`, repeats get `_2`, `_3`. */
export function headerNames(header: SheetRow): string[] {
  const width = Math.max(0, ...header.cells.keys());
  const seen = new Set<string>();
  const names: string[] = [];
  for (let column = 1; column <= width; column++) {
    const text = String(header.cells.get(column) ?? '').trim();
    const base = text === '' ? `column_${columnLetters(column)}` : text;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}_${n}`;
    seen.add(name);
    names.push(name);
  }
  return names;
}

/** The kind of a cell's value, for a column's declared type. */
function kindOf(value: CellValue): string {
  if (typeof value !== 'string') return typeof value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) return 'datetime';
  if (/^\d{2}:\d{2}:\d{2}$/.test(value)) return 'time';
  return 'string';
}

/** The kind of a column holding values of both kinds. */
function mergeKinds(a: string, b: string): string {
  if (a === b) return a;
  const dates = new Set([a, b]);
  return dates.has('date') && dates.has('datetime') ? 'datetime' : 'mixed';
}

/**
 * Turns a sheet's rows into records. With a header, the first non-empty row names the
 * columns, and a value beyond them is left out but reported on its record (`problem`),
 * never dropped silently; without one, columns are the Excel letters and a record holds
 * the columns up to its last non-empty cell. Rows with no value at all are skipped, as a CSV reader skips
 * empty lines (Excel keeps formatted but empty rows).
 */
export class SheetTable {
  /** Column names so far; fixed by the header row, or grown by the widest row without one. */
  columns: string[] = [];
  /** Records so far (rows after the header that hold a value). */
  records = 0;
  /** Records with values beyond the header's columns, and the Excel row of the first. */
  ragged = 0;
  firstRaggedRow: number | undefined;
  private headerSeen = false;
  private readonly kinds = new Map<string, string>();

  constructor(
    private readonly label: string,
    private readonly sheet: string,
    private readonly header: boolean,
  ) {}

  /** The record for one row, or null for the header row and empty rows. */
  accept(row: SheetRow): SourceRecord | null {
    if (row.cells.size === 0) return null;
    if (this.header && !this.headerSeen) {
      this.headerSeen = true;
      this.columns = headerNames(row);
      return null;
    }
    this.records++;
    const values: Record<string, CellValue> = {};
    const beyond: string[] = [];
    if (!this.header) {
      const width = Math.max(...row.cells.keys());
      for (let column = this.columns.length + 1; column <= width; column++) this.columns.push(columnLetters(column));
    }
    const names = this.header ? this.columns : this.columns.slice(0, Math.max(...row.cells.keys()));
    for (const name of names) values[name] = null;
    for (const [column, value] of row.cells) {
      const name = this.columns[column - 1];
      if (name === undefined) beyond.push(columnLetters(column));
      else values[name] = value;
    }
    const record: SourceRecord = { locator: { file: this.label, line: row.number, segment: this.sheet }, values };
    if (beyond.length > 0) {
      this.ragged++;
      this.firstRaggedRow ??= row.number;
      record.problem = `values in column${beyond.length > 1 ? 's' : ''} ${beyond.join(', ')}, beyond the header's ${this.columns.length} columns`;
    }
    return record;
  }

  /** Notes the kinds of a record's values, so discovery can report a type per column. */
  observe(record: SourceRecord): void {
    for (const [name, value] of Object.entries(record.values)) {
      if (value === null) continue;
      const kind = kindOf(value);
      const known = this.kinds.get(name);
      if (known === undefined) this.kinds.set(name, kind);
      else if (known !== kind) this.kinds.set(name, mergeKinds(known, kind));
    }
  }

  /** The kind of values seen in a column, if any: `number`, `string`, `date`, `datetime`, `time`, `boolean` or `mixed` (text that reads as an ISO date counts as a date). */
  kindOfColumn(name: string): string | undefined {
    return this.kinds.get(name);
  }
}
