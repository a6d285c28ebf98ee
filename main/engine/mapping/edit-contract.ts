import type { MappingChange, MappingRow } from '../../../preload/contract/mapping-schemas';
import { UserError } from '../errors';
import { CONTRACT_COLUMNS, contractRowSchema, type ContractRow } from './contract-schema';
import { contractText, type ContractFile } from './contract-file';
import { CONTRACT_FILE } from './read-contract';

/** What a change may set, and the contract.csv column each lands in. */
const COLUMN_OF: Record<Exclude<keyof MappingRow, 'targetTable' | 'targetField'>, string> = {
  class: 'class',
  sourceTable: 'source_table',
  sourceField: 'source_field',
  expression: 'expression',
  crosswalk: 'crosswalk',
  default: 'default',
  required: 'required',
  notes: 'notes',
  status: 'status',
  approvedBy: 'approved_by',
};

/** Changing any of these takes an approval back: what was approved is no longer what is there. */
const CONTENT_KEYS = ['class', 'sourceTable', 'sourceField', 'expression', 'crosswalk', 'default', 'required'] as const;

/**
 * Applies changes to the contract's raw rows and answers the new text. A field the
 * contract does not list yet gets a row after the last one of its table. Only changed rows
 * are checked and rewritten: a broken row elsewhere (the project check lists it) is kept
 * exactly as written. A changed row that breaks the contract's rules is a UserError naming
 * the field and the column, and nothing is written.
 */
export function applyMappingChanges(file: ContractFile, changes: readonly MappingChange[]): string {
  const rows: { line: number; values: Record<string, string>; raw?: string }[] = file.rows.map((row) => ({ ...row, values: { ...row.values } }));
  for (const change of changes) {
    const index = rows.findIndex((row) => same(row.values, change));
    if (index >= 0) delete rows[index]!.raw; // rewritten: it no longer reads as it did
    const values = index >= 0 ? rows[index]!.values : newRow(change);
    const wasApproved = (values.status ?? '').trim().toLowerCase() === 'approved';
    for (const [key, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
      if (change[key] === undefined) continue;
      values[column] = cell(change[key]);
    }
    const contentChanged = CONTENT_KEYS.some((key) => change[key] !== undefined);
    if (wasApproved && contentChanged && change.status === undefined) {
      values.status = 'draft';
      values.approved_by = '';
    }
    checkRow(values, change);
    if (index < 0) rows.splice(insertionPoint(rows, change.targetTable), 0, { line: 0, values });
  }
  return contractText(file, rows);
}

/** A contract row as the Mapping page sees it. */
export function toMappingRow(row: ContractRow): MappingRow {
  return {
    targetTable: row.target_table,
    targetField: row.target_field,
    class: row.class,
    sourceTable: row.source_table,
    sourceField: row.source_field,
    expression: row.expression,
    crosswalk: row.crosswalk,
    default: row.default,
    required: row.required,
    notes: row.notes,
    status: row.status,
    approvedBy: row.approved_by,
  };
}

function same(values: Record<string, string>, change: MappingChange): boolean {
  return (
    (values.target_table ?? '').trim().toLowerCase() === change.targetTable.toLowerCase() &&
    (values.target_field ?? '').trim().toLowerCase() === change.targetField.toLowerCase()
  );
}

function newRow(change: MappingChange): Record<string, string> {
  const empty = Object.fromEntries(CONTRACT_COLUMNS.map((c) => [c, '']));
  return { ...empty, target_table: change.targetTable, target_field: change.targetField, class: 'UNRESOLVED', required: 'N' };
}

function cell(value: string | boolean | null | undefined): string {
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return value ?? '';
}

function checkRow(values: Record<string, string>, change: MappingChange): void {
  const parsed = contractRowSchema.safeParse(values);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  throw new UserError(`${change.targetTable}.${change.targetField}: ${issue.message}`, { file: CONTRACT_FILE, field: issue.path.join('.') || undefined });
}

/** After the last row of the same target table, so a table's fields stay together; at the end otherwise. */
function insertionPoint(rows: readonly { values: Record<string, string> }[], table: string): number {
  for (let i = rows.length - 1; i >= 0; i--) {
    if ((rows[i]!.values.target_table ?? '').trim().toLowerCase() === table.toLowerCase()) return i + 1;
  }
  return rows.length;
}
