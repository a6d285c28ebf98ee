import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../store/open-database';
import { quoteIdent } from '../catalog/sqlite-ddl';
import type { Project } from '../project/inspect-project';
import { planTables, type TablePlan } from '../pipeline/table-plan';
import { rowHash, rowKey } from '../pipeline/sqlite-target';

/** What the target holds for one table, against what the pipeline recorded loading. */
export interface TableReconciliation {
  table: string;
  /** Rows the load ledger says the pipeline put in the target (every run so far). */
  ledgerRows: number;
  /** Rows the target table holds now. */
  targetRows: number;
  /** Target rows whose content is exactly what was loaded. */
  matching: number;
  /** Loaded rows whose content in the target is no longer what was loaded. */
  changed: number;
  /** Loaded rows the target no longer has. */
  missing: number;
  /** Target rows the pipeline did not load (added by hand, or by another tool). */
  extra: number;
  /** matching / ledger rows (1 when nothing was loaded): the share of what was loaded that is still there as loaded. */
  parity: number;
  /** SHA-256 over the content hashes of what was loaded, and of what the target holds; equal when they match row for row. */
  loadedSha256: string;
  targetSha256: string;
  /** NOT NULL or required target columns: the share of target rows that have them filled. */
  mandatoryFilled: { column: string; share: number }[];
  /** Foreign keys: the share of target rows whose parent row exists (blanks aside). */
  foreignKeys: { columns: string[]; refTable: string; share: number }[];
}

/**
 * Reconciles the target with the load ledger, table by table: re-reads every target row,
 * hashes it as the pipeline did when loading it, and compares with the ledger, so a row
 * changed, lost or added after the load shows up. The contract is today's: after the
 * contract changes, a run brings the ledger up to date before it can reconcile cleanly.
 */
export function reconcileTarget(project: Project): TableReconciliation[] {
  const file = join(project.dir, project.config.target.path);
  if (!existsSync(file)) return [];
  const db = openDatabase(file);
  try {
    const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_cutover_loaded'").get() !== undefined;
    return planTables(project)
      .filter((plan) => tableExists(db, plan.table.name))
      .map((plan) => reconcileTable(db, plan, hasLedger));
  } finally {
    db.close();
  }
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)").get(name) !== undefined;
}

function reconcileTable(db: Database.Database, plan: TablePlan, hasLedger: boolean): TableReconciliation {
  const name = plan.table.name;
  const ledger = new Map<string, string>();
  if (hasLedger) {
    for (const row of db.prepare('SELECT row_key, row_hash FROM _cutover_loaded WHERE table_name = ?').iterate(name) as Iterable<{ row_key: string; row_hash: string }>) {
      ledger.set(row.row_key, row.row_hash);
    }
  }
  const columns = plan.fields.map((f) => f.column.name);
  const keyIndexes = plan.table.primaryKey.map((k) => columns.findIndex((c) => c.toLowerCase() === k.toLowerCase()));
  const select = db.prepare(`SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(name)}`).raw(true);
  let targetRows = 0;
  let matching = 0;
  let changed = 0;
  let extra = 0;
  const seen = new Set<string>();
  const targetHashes: string[] = [];
  for (const values of select.iterate() as Iterable<(string | number | null)[]>) {
    targetRows++;
    const hash = rowHash(values);
    targetHashes.push(hash);
    const key = rowKey(values, keyIndexes, hash);
    const loaded = ledger.get(key);
    if (loaded === undefined) {
      extra++;
      continue;
    }
    seen.add(key);
    if (loaded === hash) matching++;
    else changed++;
  }
  const missing = [...ledger.keys()].filter((k) => !seen.has(k)).length;
  return {
    table: name,
    ledgerRows: ledger.size,
    targetRows,
    matching,
    changed,
    missing,
    extra,
    parity: ledger.size === 0 ? 1 : matching / ledger.size,
    loadedSha256: digest([...ledger.values()]),
    targetSha256: digest(targetHashes),
    mandatoryFilled: plan.table.columns
      .filter((c) => c.notNull || plan.fields.some((f) => f.column.name === c.name && f.required))
      .map((c) => ({ column: c.name, share: filledShare(db, name, c.name, targetRows) })),
    foreignKeys: plan.table.foreignKeys.filter((fk) => tableExists(db, fk.refTable)).map((fk) => ({ columns: fk.columns, refTable: fk.refTable, share: parentShare(db, name, fk.columns, fk.refTable, fk.refColumns) })),
  };
}

/** An order-free digest of row hashes: what was loaded in any order has one fingerprint. */
function digest(hashes: string[]): string {
  const hash = createHash('sha256');
  for (const h of hashes.sort()) hash.update(h).update('\n');
  return hash.digest('hex');
}

function filledShare(db: Database.Database, table: string, column: string, rows: number): number {
  if (rows === 0) return 1;
  const c = quoteIdent(column);
  const filled = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE ${c} IS NOT NULL AND ${c} <> ''`).get() as { n: number }).n;
  return filled / rows;
}

function parentShare(db: Database.Database, table: string, columns: readonly string[], refTable: string, refColumns: readonly string[]): number {
  const refs = refColumns.length === columns.length ? refColumns : columns;
  const filled = columns.map((c) => `t.${quoteIdent(c)} IS NOT NULL`).join(' AND ');
  const join = columns.map((c, i) => `r.${quoteIdent(refs[i]!)} = t.${quoteIdent(c)}`).join(' AND ');
  const row = db
    .prepare(`SELECT count(*) AS n, coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM ${quoteIdent(refTable)} r WHERE ${join}) THEN 1 ELSE 0 END), 0) AS ok FROM ${quoteIdent(table)} t WHERE ${filled}`)
    .get() as { n: number; ok: number };
  return row.n === 0 ? 1 : row.ok / row.n;
}
