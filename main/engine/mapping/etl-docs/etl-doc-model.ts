import { APPROVAL_STATUSES, type ApprovalStatus, type MappingClass } from '../../../../preload/contract/mapping-schemas';
import type { FieldMapping } from '../contract-schema';
import type { ContractCoverage, TableCoverage } from '../coverage';
import type { EtlDocInput } from './etl-doc-input';

/** Longest crosswalk printed in full; past it the appendix says how many codes it left out. */
export const CROSSWALK_ROW_CAP = 200;

/** One catalog column with the contract row that fills it, if there is one. */
export interface FieldEntry {
  field: string;
  type: string;
  notNull: boolean;
  /** The contract says required; false when the field is missing from the contract. */
  required: boolean;
  primaryKey: boolean;
  /** `TABLE.column` for each foreign key the column is part of. */
  references: string[];
  class: MappingClass;
  inContract: boolean;
  /** `table.field`, or whichever half the contract gives. */
  source: string | null;
  expression: string | null;
  crosswalk: string | null;
  /** False when the crosswalk the row names is not among the project's crosswalks. */
  crosswalkFound: boolean;
  default: string | null;
  status: ApprovalStatus | null;
  approvedBy: string | null;
  notes: string;
  line: number | null;
  unresolved: boolean;
  /** Unresolved and NOT NULL or required: the load cannot fill it. */
  blocking: boolean;
}

/** A target table in load order, with every column in catalog order. */
export interface TableEntry {
  name: string;
  /** Absent when the coverage given does not know the table. */
  coverage: TableCoverage | undefined;
  primaryKey: string[];
  /** Tables this one references, so must load after. */
  loadsAfter: string[];
  fields: FieldEntry[];
}

/** A contract row naming a table or field the catalog does not have. */
export interface UnknownEntry {
  line: number;
  targetTable: string;
  targetField: string;
  class: MappingClass | null;
  reason: string;
}

/** A crosswalk for the appendix: at most {@link CROSSWALK_ROW_CAP} codes, and who uses it. */
export interface CrosswalkEntry {
  name: string;
  file: string;
  shown: readonly (readonly [string, string])[];
  /** Codes left out after the cap. */
  more: number;
  /** `TABLE.field` of each contract row translating through it. */
  usedBy: string[];
}

/** Everything both documents print, already ordered, so Markdown and HTML cannot drift apart. */
export interface EtlDocModel {
  projectName: string;
  description: string | null;
  generatedAt: string;
  contractHash: string;
  catalogOrigin: string;
  totals: ContractCoverage['totals'];
  /** Catalog fields by review status; `missing` are fields the contract has no row for. */
  statuses: Record<ApprovalStatus | 'missing', number>;
  tables: TableEntry[];
  unknown: UnknownEntry[];
  /** Crosswalks the contract names that the project does not have. */
  missingCrosswalks: { name: string; usedBy: string[] }[];
  crosswalks: CrosswalkEntry[];
}

/** Arranges the input for printing: tables in load order, columns in catalog order. */
export function etlDocModel(input: EtlDocInput): EtlDocModel {
  const byKey = new Map(input.mappings.map((m) => [key(m.target_table, m.target_field), m]));
  const crosswalkNames = new Set(input.crosswalks.map((c) => c.name));
  const tables = tablesInLoadOrder(input).map((table): TableEntry => {
    const pk = new Set(table.primaryKey.map((c) => c.toLowerCase()));
    const fields = table.columns.map((column) => {
      const references = table.foreignKeys.flatMap((fk) =>
        fk.columns.flatMap((c, i) => (c.toLowerCase() === column.name.toLowerCase() ? [`${fk.refTable}.${fk.refColumns[i] ?? '?'}`] : [])),
      );
      return fieldEntry(column, byKey.get(key(table.name, column.name)), pk.has(column.name.toLowerCase()), references, crosswalkNames);
    });
    return {
      name: table.name,
      coverage: input.coverage.tables.find((c) => c.table.toLowerCase() === table.name.toLowerCase()),
      primaryKey: [...table.primaryKey],
      loadsAfter: unique(table.foreignKeys.map((fk) => fk.refTable).filter((t) => t.toLowerCase() !== table.name.toLowerCase())),
      fields,
    };
  });
  const statuses: EtlDocModel['statuses'] = { ...(Object.fromEntries(APPROVAL_STATUSES.map((s) => [s, 0])) as Record<ApprovalStatus, number>), missing: 0 };
  for (const field of tables.flatMap((t) => t.fields)) statuses[field.status ?? 'missing']++;
  return {
    projectName: input.project.name,
    description: input.project.description?.trim() || null,
    generatedAt: input.generatedAt,
    contractHash: input.contractHash,
    catalogOrigin: input.catalog.origin,
    totals: input.coverage.totals,
    statuses,
    tables,
    unknown: unknownEntries(input),
    missingCrosswalks: missingCrosswalks(input.mappings, crosswalkNames),
    crosswalks: input.crosswalks.map((c) => ({
      name: c.name,
      file: c.file,
      shown: c.codes.slice(0, CROSSWALK_ROW_CAP),
      more: Math.max(0, c.codes.length - CROSSWALK_ROW_CAP),
      usedBy: usersOf(input.mappings, c.name),
    })),
  };
}

type ViewTable = EtlDocInput['catalog']['tables'][number];

// A table on no load order (an inconsistent view) is still documented, after the rest.
function tablesInLoadOrder(input: EtlDocInput): ViewTable[] {
  const byName = new Map(input.catalog.tables.map((t) => [t.name.toLowerCase(), t]));
  const ordered = unique(input.catalog.loadOrder.map((n) => n.toLowerCase()))
    .map((n) => byName.get(n))
    .filter((t): t is ViewTable => t !== undefined);
  const placed = new Set(ordered);
  return [...ordered, ...input.catalog.tables.filter((t) => !placed.has(t))];
}

function fieldEntry(
  column: ViewTable['columns'][number],
  mapping: FieldMapping | undefined,
  primaryKey: boolean,
  references: string[],
  crosswalkNames: ReadonlySet<string>,
): FieldEntry {
  const cls = mapping?.class ?? 'UNRESOLVED';
  const required = mapping?.required ?? false;
  const source = [mapping?.source_table, mapping?.source_field].filter(Boolean).join('.') || null;
  const crosswalk = mapping?.crosswalk ?? null;
  return {
    field: column.name,
    type: column.type,
    notNull: column.notNull,
    required,
    primaryKey,
    references,
    class: cls,
    inContract: mapping !== undefined,
    source,
    expression: mapping?.expression ?? null,
    crosswalk,
    crosswalkFound: crosswalk === null || crosswalkNames.has(crosswalk),
    default: mapping?.default ?? null,
    status: mapping?.status ?? null,
    approvedBy: mapping?.approved_by ?? null,
    notes: mapping?.notes.trim() ?? '',
    line: mapping?.line ?? null,
    unresolved: cls === 'UNRESOLVED',
    blocking: cls === 'UNRESOLVED' && (column.notNull || required),
  };
}

function unknownEntries(input: EtlDocInput): UnknownEntry[] {
  const byLine = new Map(input.mappings.map((m) => [m.line, m]));
  const tableNames = new Set(input.catalog.tables.map((t) => t.name.toLowerCase()));
  return input.coverage.unknownFields.map((u) => ({
    line: u.line,
    targetTable: u.targetTable,
    targetField: u.targetField,
    class: byLine.get(u.line)?.class ?? null,
    reason: tableNames.has(u.targetTable.toLowerCase()) ? `${u.targetTable} has no field ${u.targetField}` : `the catalog has no table ${u.targetTable}`,
  }));
}

function missingCrosswalks(mappings: readonly FieldMapping[], known: ReadonlySet<string>): EtlDocModel['missingCrosswalks'] {
  const names = unique(mappings.flatMap((m) => (m.crosswalk && !known.has(m.crosswalk) ? [m.crosswalk] : [])));
  return names.map((name) => ({ name, usedBy: usersOf(mappings, name) }));
}

function usersOf(mappings: readonly FieldMapping[], crosswalk: string): string[] {
  return mappings.filter((m) => m.crosswalk === crosswalk).map((m) => `${m.target_table}.${m.target_field}`);
}

function key(table: string, field: string): string {
  return `${table}.${field}`.toLowerCase();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
