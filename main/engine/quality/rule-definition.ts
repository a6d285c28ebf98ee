import { z } from 'zod';
import type { Db } from '../../store/open-database';
import type { TargetValue } from '../pipeline/coerce';

/** What every declared rule has, whatever its check. */
export const ruleBaseShape = {
  id: z.string().regex(/^[a-z][a-z0-9_.-]*$/, 'rule ids are lower case: letters, digits, _ . -'),
  table: z.string().min(1),
  severity: z.enum(['error', 'warning']).default('error'),
  description: z.string().optional(),
};

/** A rule as `quality/rules.yaml` declares it, options included. */
export type DeclaredRule = { id: string; check: string; table: string; severity: 'error' | 'warning'; description?: string } & Record<string, unknown>;

/** A row's target values by column name; a column the contract leaves unfilled reads as null. */
export type RowReader = (field: string) => TargetValue;

/** A compiled row check: null when the row passes, else why not in words that never quote the value. */
export type RowCheck = (row: RowReader) => string | null;

/** What a table check found over the whole target table. */
export interface TableFinding {
  /** Rows the check looked at. */
  checked: number;
  /** Rows (or groups) failing it. */
  failed: number;
  /** Why, in words that never quote a value; null when it passes. */
  message: string | null;
}

/** A rule's own examples: options, rows it must pass and rows it must fail. They run as tests. */
export interface RowRuleExample<O> {
  options: O;
  valid: Record<string, TargetValue>[];
  invalid: Record<string, TargetValue>[];
}

/** A check that judges each row as it is loaded: an error rejects the row, a warning is recorded. */
export interface RowRuleDefinition<O extends Record<string, unknown>> {
  check: string;
  kind: 'row';
  /** The rule's own options, beside `id`, `table`, `severity` and `description`. */
  options: z.ZodObject<z.ZodRawShape>;
  /** The target fields the rule reads, checked against the catalog. */
  fields(options: O): string[];
  /** Compiles the rule once per run; `today` is the run's ISO date, so a run judges every row alike. */
  compile(options: O, today: string): RowCheck;
  examples: RowRuleExample<O>[];
}

/** A table rule's example: the table's rows, and whether the check fails on them. */
export interface TableRuleExample<O> {
  options: O;
  rows: Record<string, TargetValue>[];
  fails: boolean;
}

/** A check over a whole target table once it is loaded (uniqueness, completeness, references). */
export interface TableRuleDefinition<O extends Record<string, unknown>> {
  check: string;
  kind: 'table';
  options: z.ZodObject<z.ZodRawShape>;
  fields(options: O): string[];
  /** Runs the check with SQL over the loaded target table. */
  evaluate(options: O, db: Db, table: string): TableFinding;
  examples: TableRuleExample<O>[];
}

/** Any rule definition, as the registry holds it. */
export type RuleDefinition = RowRuleDefinition<Record<string, unknown>> | TableRuleDefinition<Record<string, unknown>>;

/** Declares a row rule, its option types taken from its schema. */
export function defineRowRule<S extends z.ZodObject<z.ZodRawShape>>(
  definition: { options: S } & Omit<RowRuleDefinition<z.infer<S>>, 'kind' | 'options'>,
): RowRuleDefinition<z.infer<S>> {
  return { ...definition, kind: 'row' };
}

/** Declares a table rule, its option types taken from its schema. */
export function defineTableRule<S extends z.ZodObject<z.ZodRawShape>>(
  definition: { options: S } & Omit<TableRuleDefinition<z.infer<S>>, 'kind' | 'options'>,
): TableRuleDefinition<z.infer<S>> {
  return { ...definition, kind: 'table' };
}

/** Blank as the rules see it: null or empty text. Rules other than `required` let blanks pass. */
export function isBlank(value: TargetValue): boolean {
  return value === null || value === '';
}
