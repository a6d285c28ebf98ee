import type { CellValue, SourceRecord } from '../connectors/connector';
import { coerce, type TargetValue } from './coerce';
import type { FieldPlan, TablePlan } from './table-plan';

/**
 * Why a row cannot be loaded as it is (or, as a warning, what is doubtful about it):
 * a built-in check (`required`, `type`, `length`, `crosswalk`, `expression`, `row_shape`,
 * `references`, `duplicate_key`, `constraint`) or the id of a rule from rules.yaml.
 */
export interface RowProblem {
  rule: string;
  field: string | null;
  message: string;
}

/** A source row mapped to its target columns, with whatever stops it being loaded and what only warns. */
export interface MappedRow {
  source: SourceRecord;
  values: TargetValue[];
  problems: RowProblem[];
  warnings: RowProblem[];
}

/**
 * Maps one source row through the contract: direct copies, crosswalk lookups and
 * expressions, then defaults, then the column's type, length and required checks.
 */
export function transformRow(plan: TablePlan, row: SourceRecord): MappedRow {
  const problems: RowProblem[] = [];
  // The connector reports a malformed row (a ragged CSV line) rather than padding it.
  if (row.problem) problems.push({ rule: 'row_shape', field: null, message: row.problem });
  const values = plan.fields.map((field) => mapField(field, row.values, problems));
  return { source: row, values, problems, warnings: [] };
}

function mapField(field: FieldPlan, values: Record<string, CellValue>, problems: RowProblem[]): TargetValue {
  const { mapping, column } = field;
  let value: unknown = null;
  if (mapping.class === 'DIRECT_SOURCE') {
    value = values[mapping.source_field!] ?? null;
  } else if (mapping.class === 'LOOKUP_TRANSLATION') {
    const code = cellText(values[mapping.source_field!]).trim();
    if (code !== '') {
      value = field.crosswalk?.get(code);
      if (value === undefined) {
        problems.push({
          rule: 'crosswalk',
          field: column.name,
          message: `code "${code.slice(0, 20)}" in ${mapping.source_field} is not in crosswalk ${mapping.crosswalk}`,
        });
        return null;
      }
    }
  }
  if (field.expression) {
    const result = field.expression(values);
    if (result instanceof Error) {
      problems.push({ rule: 'expression', field: column.name, message: result.message.split('\n')[0]! });
      return null;
    }
    value = result;
  }
  if ((value === null || value === undefined || value === '') && mapping.default !== null) value = mapping.default;
  const fitted = coerce(value, column);
  if (!fitted.ok) {
    problems.push({ rule: fitted.rule, field: column.name, message: fitted.message });
    return null;
  }
  if (fitted.value === null && field.required) {
    problems.push({ rule: 'required', field: column.name, message: `${column.name} is required but empty` });
  }
  return fitted.value;
}

/** A cell as crosswalk codes are written: numbers and booleans as their text, null as empty. */
function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
