import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DedupStore, type DedupRunRow, type StoredPair } from '../../../store/dedup-store';
import { RunStore } from '../../../store/run-store';
import { quoteIdent } from '../../catalog/sqlite-ddl';
import { UserError } from '../../errors';
import type { Project } from '../../project/inspect-project';
import { pairKey } from '../agreement';
import type { DedupRecord } from '../dedup-config';
import { evaluateAgainstLabels } from '../evaluate-links';
import { linkRecords } from '../link-records';
import { clusterPairs, type Cluster } from '../union-find';
import { DEDUP_FILE, readDedupFile, type DedupFile } from './dedup-file';
import { readLabels } from './labels';

/** A linkage run as the app shows it: counts, accuracy when labels exist, and what is left for people. */
export interface DedupSummary extends DedupRunRow {
  clusters: number;
  /** Records beyond the first of each cluster: how many duplicates the target holds. */
  duplicateRecords: number;
  reviewOpen: number;
  reviewDecided: number;
}

/** The project's dedup settings, or a UserError saying how to declare them. */
export function requireDedupFile(projectDir: string): DedupFile {
  const file = readDedupFile(projectDir);
  if (!file) throw new UserError(`the project declares no deduplication; add ${DEDUP_FILE} (see docs/project-format.md)`, { file: DEDUP_FILE }, 'NOT_FOUND');
  return file;
}

/** The records of a loaded target table, every column, as plain values. */
export function readTargetRecords(project: Project, table: string, idField: string): DedupRecord[] {
  const file = join(project.dir, project.config.target.path);
  if (!existsSync(file)) throw new UserError('the target has not been loaded yet; run the pipeline first', { file: project.config.target.path }, 'NOT_FOUND');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)").get(table) as { name: string } | undefined;
    if (!exists) throw new UserError(`the target has no table ${table} yet; run the pipeline first`, { file: DEDUP_FILE, field: 'table' }, 'NOT_FOUND');
    const columns = (db.prepare(`PRAGMA table_info(${quoteIdent(exists.name)})`).all() as { name: string }[]).map((c) => c.name);
    if (!columns.includes(idField)) throw new UserError(`${table} has no column ${idField}`, { file: DEDUP_FILE, field: 'linkage.idField' });
    return db.prepare(`SELECT * FROM ${quoteIdent(exists.name)}`).all() as DedupRecord[];
  } finally {
    db.close();
  }
}

/**
 * Looks for the same person twice in the loaded target table, as quality/dedup.yaml says,
 * keeps the run (its matched and review pairs, ids and weights only) and, when labels are
 * declared, how it did against them.
 */
export function runDedup(project: Project, now = new Date()): DedupSummary {
  const file = requireDedupFile(project.dir);
  const records = readTargetRecords(project, file.table, file.linkage.idField);
  const result = linkRecords(records, file.linkage);
  const evaluation = file.labels ? evaluateAgainstLabels(result.pairs, readLabels(project.dir, file.labels), { records: records.length }) : null;
  const store = RunStore.open(project.dir);
  try {
    const id = new DedupStore(store.db).record({ at: now.toISOString(), table: file.table, stats: result.stats, model: result.model, evaluation }, result.pairs);
    store.audit('dedup.run', file.table, { dedupId: id, records: result.stats.records, matches: result.stats.matches, reviews: result.stats.reviews, f1: evaluation?.f1 ?? null });
    return summaryOf(new DedupStore(store.db), new DedupStore(store.db).latest()!);
  } finally {
    store.close();
  }
}

/** The people in a run: clusters of pairs that are the same person, after people's reviews. */
export function effectiveClusters(pairs: readonly StoredPair[]): Cluster[] {
  const same = pairs.filter((p) => (p.review ? p.review.decision === 'same' : p.decision === 'match')).map((p) => [p.a, p.b] as const);
  return clusterPairs(same);
}

/** A stored run with what follows from its pairs and reviews. */
export function summaryOf(store: DedupStore, run: DedupRunRow): DedupSummary {
  const pairs = store.pairs(run.id);
  const clusters = effectiveClusters(pairs);
  const reviews = pairs.filter((p) => p.decision === 'review');
  return {
    ...run,
    clusters: clusters.length,
    duplicateRecords: clusters.reduce((n, c) => n + c.members.length - 1, 0),
    reviewOpen: reviews.filter((p) => !p.review).length,
    reviewDecided: pairs.filter((p) => p.review).length,
  };
}

/** The key a review decision is kept under. */
export function reviewKey(a: string, b: string): string {
  return pairKey(a, b);
}
