import type { ProjectProblem } from '../../../preload/contract';
import { UserError, isUserError } from '../errors';
import { readCsvFile } from '../mapping/read-csv-file';
import { assembleCatalog } from './assemble-catalog';
import type { CatalogRead } from './catalog';
import { normaliseType, type DraftTable } from './catalog-draft';
import type { CatalogFile } from './read-ddl';

/** One field of a field-level CSV, whichever of the two layouts it came in. */
interface FieldRow {
  line: number;
  table: string;
  column: string;
  type: string;
  required: string;
  primaryKey: string;
  /** `table.column`, `table(column)` or `table` (its primary key); empty for none. */
  references: string;
}

/** The header names of each layout, matched without regard to case. */
const LAYOUTS = {
  omop: { table: 'cdmtablename', column: 'cdmfieldname', type: 'cdmdatatype', required: 'isrequired', primaryKey: 'isprimarykey' },
  generic: { table: 'table', column: 'column', type: 'type', required: 'required', primaryKey: 'primary_key' },
} as const;

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '', 'na']);

/**
 * Reads a field-level CSV: one row per column of the target. Two layouts are known,
 * told apart by the header: OMOP's specification file (`cdmTableName, cdmFieldName,
 * isRequired, cdmDatatype, isPrimaryKey, isForeignKey, fkTableName, fkFieldName, …`)
 * and a plain one (`table,column,type,required,primary_key,references`). Other columns
 * are ignored; a foreign key is one column wide.
 */
export function readFieldLevelCsv(file: CatalogFile): CatalogRead {
  const problems: ProjectProblem[] = [];
  let rows: FieldRow[];
  try {
    rows = readFieldRows(file);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { catalog: { tables: [] }, problems: [{ file: file.label, line: error.place.line, message: error.message }] };
  }
  const tables = new Map<string, DraftTable>();
  for (const row of rows) {
    const place = { file: file.label, line: row.line };
    const flag = (value: string, what: string): boolean => {
      const text = value.trim().toLowerCase();
      if (YES.has(text)) return true;
      if (!NO.has(text)) problems.push({ ...place, message: `${what} should be Yes or No, not "${value}"` });
      return false;
    };
    if (!row.table.trim() || !row.column.trim()) {
      problems.push({ ...place, message: 'a row needs both a table and a column name' });
      continue;
    }
    const key = unquote(row.table).toLowerCase();
    const table = tables.get(key) ?? { name: unquote(row.table), ...place, columns: [], primaryKeys: [], foreignKeys: [] };
    tables.set(key, table);
    const name = unquote(row.column);
    table.columns.push({ name, type: normaliseType(row.type), notNull: flag(row.required, 'required'), ...place });
    if (flag(row.primaryKey, 'primary key')) {
      if (table.primaryKeys.length === 0) table.primaryKeys.push({ columns: [], ...place });
      table.primaryKeys[0]!.columns.push(name);
    }
    if (!row.references) continue;
    const parent = /^\s*([^.()\s]+)\s*(?:\.\s*([^.()\s]+)|\(\s*([^.()\s]+)\s*\))?\s*$/.exec(row.references);
    if (!parent) problems.push({ ...place, message: `references should be table.column, not "${row.references}"` });
    else table.foreignKeys.push({ columns: [name], refTable: parent[1]!, refColumns: [parent[2] ?? parent[3]].filter((c): c is string => !!c), ...place });
  }
  const assembled = assembleCatalog({ tables: [...tables.values()], changes: [] });
  return { catalog: assembled.catalog, problems: [...problems, ...assembled.problems] };
}

/** Drops SQL identifier quotes: OMOP writes the reserved word `offset` as `"offset"`. */
function unquote(name: string): string {
  const text = name.trim();
  return /^(?:".*"|`.*`|\[.*\])$/.test(text) ? text.slice(1, -1) : text;
}

function readFieldRows(file: CatalogFile): FieldRow[] {
  const csv = readCsvFile(file.path, file.label);
  const header = new Map(csv.header.map((h) => [h.toLowerCase(), h]));
  const layout = header.has(LAYOUTS.omop.table) ? 'omop' : header.has(LAYOUTS.generic.table) ? 'generic' : null;
  if (layout === null || !header.has(LAYOUTS[layout].column)) {
    throw new UserError(
      'not a field-level catalog: expected a header with table,column,type,required,primary_key,references or OMOP\'s cdmTableName,cdmFieldName,…',
      { file: file.label, line: 1 },
    );
  }
  const names = LAYOUTS[layout];
  const get = (values: Record<string, string>, lower: string) => values[header.get(lower) ?? ''] ?? '';
  return csv.rows.map(({ line, values }) => {
    const references =
      layout === 'generic'
        ? get(values, 'references').trim()
        : omopReference(get(values, 'isforeignkey'), get(values, 'fktablename'), get(values, 'fkfieldname'));
    return {
      line,
      table: get(values, names.table),
      column: get(values, names.column),
      type: get(values, names.type),
      required: get(values, names.required),
      primaryKey: get(values, names.primaryKey),
      references,
    };
  });
}

/** OMOP writes `NA` for "none"; a field flagged as a foreign key but naming no table is not one. */
function omopReference(isForeignKey: string, table: string, field: string): string {
  const given = (v: string) => (v.trim() === '' || v.trim().toUpperCase() === 'NA' ? '' : v.trim());
  if (!YES.has(isForeignKey.trim().toLowerCase()) || !given(table)) return '';
  return given(field) ? `${given(table)}.${given(field)}` : given(table);
}
