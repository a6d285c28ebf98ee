import type { ProjectProblem } from '../../../preload/contract';
import type { CatalogForeignKey, CatalogRead, CatalogTable } from './catalog';
import { declaredLength, type CatalogDraft, type DraftColumn, type DraftForeignKey, type DraftKey, type DraftPlace, type DraftTable } from './catalog-draft';
import { planLoadOrder } from './load-order';
import { sqliteCreateSql } from './sqlite-create-sql';

interface WorkTable {
  draft: DraftTable;
  columns: Map<string, DraftColumn>;
  primaryKeys: DraftKey[];
  foreignKeys: DraftForeignKey[];
  /** The primary key once checked, spelled as declared. */
  primaryKey: string[];
}

/**
 * Turns declarations into a catalog and checks it as a whole. `ALTER TABLE`s are applied
 * after every `CREATE TABLE`, whatever the file order, since OMOP ships keys and
 * constraints in files of their own. What does not fit (an unknown table or column,
 * a second primary key) is reported with its file and line and left out.
 */
export function assembleCatalog(draft: CatalogDraft): CatalogRead {
  const problems: ProjectProblem[] = [];
  const report = (place: DraftPlace, message: string) => problems.push({ file: place.file, line: place.line, message });
  const tables = new Map<string, WorkTable>();
  for (const table of draft.tables) {
    const key = table.name.toLowerCase();
    const first = tables.get(key);
    if (first) {
      report(table, `table ${table.name} is declared twice (first in ${where(first.draft)}); the first is kept`);
      continue;
    }
    const work: WorkTable = { draft: table, columns: new Map(), primaryKeys: [...table.primaryKeys], foreignKeys: [...table.foreignKeys], primaryKey: [] };
    for (const column of table.columns) addColumn(work, column, report);
    tables.set(key, work);
  }
  for (const change of draft.changes) {
    const table = tables.get(change.table.toLowerCase());
    if (!table) {
      report(change, `ALTER TABLE ${change.table}: no table of that name is declared`);
      continue;
    }
    if (change.kind === 'column') addColumn(table, change.column, report);
    else if (change.kind === 'primary-key') table.primaryKeys.push(change.key);
    else if (change.kind === 'foreign-key') table.foreignKeys.push(change.foreignKey);
    else {
      const column = table.columns.get(change.column.toLowerCase());
      if (column) column.notNull = true;
      else report(change, `ALTER TABLE ${change.table}: it has no column ${change.column}`);
    }
  }
  for (const table of tables.values()) table.primaryKey = checkPrimaryKey(table, report);
  const built = [...tables.values()].map((t) => buildTable(t, tables, report));
  const plan = planLoadOrder(built.map((t) => ({ ...t, createSql: '' })));
  const deferred = new Set(plan.deferred.map((d) => d.foreignKey));
  return { catalog: { tables: built.map((t) => ({ ...t, createSql: sqliteCreateSql(t, deferred) })) }, problems };
}

function addColumn(table: WorkTable, column: DraftColumn, report: (place: DraftPlace, message: string) => void): void {
  if (table.columns.has(column.name.toLowerCase())) report(column, `${table.draft.name} declares column ${column.name} twice`);
  else table.columns.set(column.name.toLowerCase(), { ...column });
}

/** Keeps the first primary key if its columns exist; its columns are NOT NULL. */
function checkPrimaryKey(table: WorkTable, report: (place: DraftPlace, message: string) => void): string[] {
  const name = table.draft.name;
  const [primary, ...extra] = table.primaryKeys;
  for (const key of extra) report(key, `${name} has more than one primary key; the one in ${where(primary!)} is kept`);
  if (!primary) return [];
  const resolved = resolveColumns(table, primary.columns);
  if (typeof resolved === 'string') {
    report(primary, `the primary key of ${name} names ${resolved}, which ${name} does not have`);
    return [];
  }
  for (const column of resolved) table.columns.get(column.toLowerCase())!.notNull = true;
  return resolved;
}

function buildTable(table: WorkTable, tables: Map<string, WorkTable>, report: (place: DraftPlace, message: string) => void): Omit<CatalogTable, 'createSql'> {
  const foreignKeys: CatalogForeignKey[] = [];
  for (const fk of table.foreignKeys) {
    const resolved = resolveForeignKey(table, fk, tables);
    if (typeof resolved === 'string') report(fk, resolved);
    else foreignKeys.push(resolved);
  }
  const columns = [...table.columns.values()].map((c) => ({ name: c.name, type: c.type, notNull: c.notNull, length: declaredLength(c.type) }));
  return { name: table.draft.name, columns, primaryKey: table.primaryKey, foreignKeys };
}

function resolveForeignKey(table: WorkTable, fk: DraftForeignKey, tables: Map<string, WorkTable>): CatalogForeignKey | string {
  const name = table.draft.name;
  const described = `the foreign key ${name} (${fk.columns.join(', ')}) → ${fk.refTable}`;
  const columns = resolveColumns(table, fk.columns);
  if (typeof columns === 'string') return `${described} names ${columns}, which ${name} does not have`;
  const parent = tables.get(fk.refTable.toLowerCase());
  if (!parent) return `${described} references ${fk.refTable}, which is not in the catalog; the foreign key is left out`;
  let refNames = fk.refColumns;
  if (refNames.length === 0) {
    refNames = parent.primaryKey;
    if (refNames.length === 0) return `${described} names no parent columns and ${parent.draft.name} has no primary key`;
  }
  if (refNames.length !== columns.length) return `${described} pairs ${columns.length} column(s) with ${refNames.length}`;
  const refColumns = resolveColumns(parent, refNames);
  if (typeof refColumns === 'string') return `${described} names ${refColumns}, which ${parent.draft.name} does not have`;
  return { columns, refTable: parent.draft.name, refColumns };
}

/** Spells column names as their table declares them, or returns the first unknown one. */
function resolveColumns(table: WorkTable, names: readonly string[]): string[] | string {
  const resolved: string[] = [];
  for (const name of names) {
    const column = table.columns.get(name.toLowerCase());
    if (!column) return name;
    resolved.push(column.name);
  }
  return resolved;
}

function where(place: DraftPlace): string {
  return place.line === undefined ? place.file : `${place.file}:${place.line}`;
}
