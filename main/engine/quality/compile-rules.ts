import type { Db } from '../../store/open-database';
import type { DeclaredRule, RowCheck, TableFinding } from './rule-definition';
import { findRule } from './rule-registry';

/** A row rule ready to run on one target table's rows. */
export interface CompiledRowRule {
  id: string;
  check: string;
  severity: 'error' | 'warning';
  /** The first field it reads, to name in issues. */
  field: string | null;
  test: RowCheck;
}

/** A table rule ready to run over one loaded target table. */
export interface CompiledTableRule {
  id: string;
  check: string;
  severity: 'error' | 'warning';
  field: string | null;
  evaluate: (db: Db, table: string) => TableFinding;
}

/** The rules of one target table. */
export interface TableRules {
  row: CompiledRowRule[];
  table: CompiledTableRule[];
}

const BASE_KEYS = new Set(['id', 'check', 'table', 'severity', 'description']);

/**
 * Compiles the declared rules once per run, grouped by target table (matched without
 * case, as SQL names are). `today` is the run's date, so every row of a run is judged
 * against the same day. Rules were checked when the project was read; one that fails to
 * compile here is skipped rather than stopping the run.
 */
export function compileRules(rules: readonly DeclaredRule[], today: string): Map<string, TableRules> {
  const byTable = new Map<string, TableRules>();
  for (const rule of rules) {
    const definition = findRule(rule.check);
    if (!definition) continue;
    const parsed = definition.options.safeParse(optionsOf(rule));
    if (!parsed.success) continue;
    const options = parsed.data as Record<string, unknown>;
    const key = rule.table.toLowerCase();
    const entry = byTable.get(key) ?? { row: [], table: [] };
    const field = definition.fields(options)[0] ?? null;
    if (definition.kind === 'row') entry.row.push({ id: rule.id, check: rule.check, severity: rule.severity, field, test: definition.compile(options, today) });
    else entry.table.push({ id: rule.id, check: rule.check, severity: rule.severity, field, evaluate: (db, table) => definition.evaluate(options, db, table) });
    byTable.set(key, entry);
  }
  return byTable;
}

/** The fields a declared rule reads, for checking them against the catalog. */
export function ruleFields(rule: DeclaredRule): string[] {
  const definition = findRule(rule.check);
  const parsed = definition?.options.safeParse(optionsOf(rule));
  return definition && parsed?.success ? definition.fields(parsed.data as Record<string, unknown>) : [];
}

function optionsOf(rule: DeclaredRule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule).filter(([key]) => !BASE_KEYS.has(key)));
}
