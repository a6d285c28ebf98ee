import { stringify } from 'csv-stringify/sync';
import type { RunIssue } from '../../preload/contract';
import type { Db } from './open-database';
import { toIssue, type IssueRow } from './run-store';

/** How often one check fired over one table in a run. */
export interface Finding {
  table: string;
  rule: string;
  severity: 'error' | 'warning';
  count: number;
}

/** Which issues to page through. */
export interface IssueFilter {
  table?: string;
  rule?: string;
  severity?: 'error' | 'warning';
}

/** How one rule did in one run over one table. */
export interface RuleResult {
  table: string;
  ruleId: string;
  check: string;
  severity: 'error' | 'warning';
  kind: 'row' | 'table';
  checked: number;
  failed: number;
  /** For table rules: what was found, in words; null when it passed. */
  message: string | null;
}

/** How one table of one run did for quality. */
export interface TableQuality {
  table: string;
  read: number;
  warnings: number;
  /** Mean of the rows' quality scores (1 = every check passed); null before any row is read. */
  meanScore: number | null;
}

/** Quality results in the run store (migration 006), beside the run they belong to. */
export class QualityStore {
  constructor(private readonly db: Db) {}

  /** Adds a batch's rows with warnings and quality scores to a table's totals. */
  addTableQuality(runId: string, table: string, warnings: number, scoreSum: number): void {
    this.db.prepare('UPDATE run_tables SET warnings = warnings + ?, quality_sum = quality_sum + ? WHERE run_id = ? AND table_name = ?').run(warnings, scoreSum, runId, table);
  }

  /** Records (or replaces) how each rule did over one table of a run. */
  recordRuleResults(runId: string, results: readonly RuleResult[]): void {
    const insert = this.db.prepare(
      `INSERT INTO rule_results (run_id, table_name, rule_id, check_name, severity, kind, checked, failed, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, table_name, rule_id) DO UPDATE SET checked = excluded.checked, failed = excluded.failed, message = excluded.message`,
    );
    this.db.transaction(() => {
      for (const r of results) insert.run(runId, r.table, r.ruleId, r.check, r.severity, r.kind, r.checked, r.failed, r.message);
    })();
  }

  /** The per-table quality of a run, in load order. */
  tableQuality(runId: string): TableQuality[] {
    const rows = this.db.prepare('SELECT table_name, read, warnings, quality_sum FROM run_tables WHERE run_id = ? ORDER BY position').all(runId) as {
      table_name: string;
      read: number;
      warnings: number;
      quality_sum: number;
    }[];
    return rows.map((r) => ({ table: r.table_name, read: r.read, warnings: r.warnings, meanScore: r.read === 0 ? null : r.quality_sum / r.read }));
  }

  /** Every check that fired in a run (rules and built-in checks alike), most frequent first. */
  findings(runId: string): Finding[] {
    return this.db
      .prepare('SELECT table_name AS "table", rule, severity, count(*) AS count FROM issues WHERE run_id = ? GROUP BY table_name, rule, severity ORDER BY count DESC, table_name, rule')
      .all(runId) as Finding[];
  }

  /** A page of a run's issues, in the order they were found, with how many match in all. */
  issues(runId: string, filter: IssueFilter, offset: number, limit: number): { total: number; issues: RunIssue[] } {
    const where = ['run_id = ?'];
    const params: unknown[] = [runId];
    if (filter.table) (where.push('table_name = ?'), params.push(filter.table));
    if (filter.rule) (where.push('rule = ?'), params.push(filter.rule));
    if (filter.severity) (where.push('severity = ?'), params.push(filter.severity));
    const clause = where.join(' AND ');
    const total = (this.db.prepare(`SELECT count(*) AS n FROM issues WHERE ${clause}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT table_name, field, rule, severity, message, source_file, source_line, source_message, source_segment FROM issues WHERE ${clause} ORDER BY id LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as IssueRow[];
    return { total, issues: rows.map(toIssue) };
  }

  /**
   * A run's rejected rows as CSV: where each came from (file and line, or message and
   * segment) and why it was refused. No source values: the row is at its locator.
   */
  rejectsCsv(runId: string): string {
    const rows = this.db
      .prepare('SELECT table_name, source_file, source_line, source_message, source_segment, reasons FROM rejects WHERE run_id = ? ORDER BY rowid')
      .all(runId) as { table_name: string; source_file: string; source_line: number | null; source_message: string | null; source_segment: string | null; reasons: string }[];
    return stringify(
      [['target_table', 'source_file', 'source_line', 'source_message', 'source_segment', 'reasons'], ...rows.map((r) => [r.table_name, r.source_file, r.source_line ?? '', r.source_message ?? '', r.source_segment ?? '', r.reasons])],
      { record_delimiter: '\n' },
    );
  }

  /** How every rule did in a run, by table then rule. */
  ruleResults(runId: string): RuleResult[] {
    const rows = this.db.prepare('SELECT * FROM rule_results WHERE run_id = ? ORDER BY table_name, rule_id').all(runId) as {
      table_name: string;
      rule_id: string;
      check_name: string;
      severity: 'error' | 'warning';
      kind: 'row' | 'table';
      checked: number;
      failed: number;
      message: string | null;
    }[];
    return rows.map((r) => ({ table: r.table_name, ruleId: r.rule_id, check: r.check_name, severity: r.severity, kind: r.kind, checked: r.checked, failed: r.failed, message: r.message }));
  }
}
