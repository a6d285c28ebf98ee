import type { RuleResult } from '../../store/quality-store';
import type { Db } from '../../store/open-database';
import type { TargetValue } from './coerce';
import type { TablePlan } from './table-plan';
import type { MappedRow, RowProblem } from './transform-row';

/**
 * Runs one table's rules and keeps the tallies that become its rule results. Row rules
 * judge each row that passed the built-in checks (a rejected row's values are partly
 * missing, and would fail rules for the wrong reason): an error joins the row's problems
 * and rejects it, a warning is recorded and the row still loads.
 */
export class TableRuleRun {
  private readonly tallies: RuleResult[];
  private readonly indexOf = new Map<string, number>();

  constructor(private readonly plan: TablePlan) {
    plan.fields.forEach((f, i) => this.indexOf.set(f.column.name.toLowerCase(), i));
    const base = { table: plan.table.name, checked: 0, failed: 0, message: null };
    this.tallies = [
      ...plan.rules.row.map((r) => ({ ...base, ruleId: r.id, check: r.check, severity: r.severity, kind: 'row' as const })),
      ...plan.rules.table.map((r) => ({ ...base, ruleId: r.id, check: r.check, severity: r.severity, kind: 'table' as const })),
    ];
  }

  /** Judges a batch's rows against the row rules. */
  checkRows(rows: readonly MappedRow[]): void {
    const rules = this.plan.rules.row;
    if (rules.length === 0) return;
    for (const row of rows) {
      if (row.problems.length > 0) continue;
      const read = (field: string): TargetValue => {
        const i = this.indexOf.get(field.toLowerCase());
        return i === undefined ? null : (row.values[i] ?? null);
      };
      rules.forEach((rule, i) => {
        const tally = this.tallies[i]!;
        tally.checked++;
        const message = rule.test(read);
        if (message === null) return;
        tally.failed++;
        const problem: RowProblem = { rule: rule.id, field: rule.field, message };
        (rule.severity === 'error' ? row.problems : row.warnings).push(problem);
      });
    }
  }

  /**
   * Runs the table rules over the loaded target table and answers what failed, as issues
   * to record; every rule's tally, row and table, is then complete.
   */
  checkTable(db: Db): { rule: string; field: string | null; severity: 'error' | 'warning'; message: string }[] {
    const found: { rule: string; field: string | null; severity: 'error' | 'warning'; message: string }[] = [];
    this.plan.rules.table.forEach((rule, i) => {
      const finding = rule.evaluate(db, this.plan.table.name);
      const tally = this.tallies[this.plan.rules.row.length + i]!;
      Object.assign(tally, { checked: finding.checked, failed: finding.failed, message: finding.message });
      if (finding.message) found.push({ rule: rule.id, field: rule.field, severity: rule.severity, message: finding.message });
    });
    return found;
  }

  /** Every rule's result for the run store. */
  results(): RuleResult[] {
    return this.tallies.map((t) => ({ ...t }));
  }
}

/**
 * A row's quality score: the share of the checks it is put through that it passes. Each
 * mapped field is one check (its type, length, required, lookup or expression), each row
 * rule one more, and the row's keys one more; a failed check counts once however many
 * problems it gave. A loaded row without warnings scores 1.
 */
export function rowScore(plan: TablePlan, row: MappedRow): number {
  const checks = plan.fields.length + plan.rules.row.length + 1;
  const failed = new Set([...row.problems, ...row.warnings].map((p) => `${p.rule}\u0000${p.field ?? ''}`)).size;
  return Math.max(0, 1 - failed / checks);
}
