import { createHash } from 'node:crypto';
import type { AuditChainStatus } from '../engine/evidence/pack-input';
import type { Db } from './open-database';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details_json: string;
  prev_hash: string | null;
  hash: string | null;
}

/** An entry of the audit trail as the app shows it. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
  hash: string | null;
}

/** The hash of an entry: SHA-256 over the previous entry's hash and everything the entry says, its id included. */
export function entryHash(previous: string, row: Pick<AuditRow, 'id' | 'at' | 'actor' | 'action' | 'subject' | 'details_json'>): string {
  return createHash('sha256')
    .update(`${previous}\n${JSON.stringify([row.id, row.at, row.actor, row.action, row.subject, row.details_json])}`)
    .digest('hex');
}

/** The chain's start: what the first entry's "previous hash" is. */
export const GENESIS = '0'.repeat(64);

/**
 * Appends an entry and chains it to the newest one, in one transaction so two writers
 * can never chain to the same predecessor.
 */
export function appendAudit(db: Db, entry: { at: string; actor: string; action: string; subject: string | null; details_json: string }): void {
  db.transaction(() => {
    const previous = (db.prepare('SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
    const info = db.prepare('INSERT INTO audit_log (at, actor, action, subject, details_json) VALUES (?, ?, ?, ?, ?)').run(entry.at, entry.actor, entry.action, entry.subject, entry.details_json);
    const id = Number(info.lastInsertRowid);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(previous, entryHash(previous, { id, ...entry }), id);
  })();
}

/** Chains entries written before the chain existed (migration 008), oldest first, after the last chained one. */
export function sealUnchained(db: Db): void {
  const rows = db.prepare('SELECT * FROM audit_log WHERE hash IS NULL ORDER BY id').all() as AuditRow[];
  if (rows.length === 0) return;
  db.transaction(() => {
    let previous = (db.prepare('SELECT hash FROM audit_log WHERE hash IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1').get(rows[0]!.id) as { hash: string } | undefined)?.hash ?? GENESIS;
    const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    for (const row of rows) {
      const hash = entryHash(previous, row);
      update.run(previous, hash, row.id);
      previous = hash;
    }
  })();
}

/**
 * Walks the chain from the first entry and recomputes every hash: the first entry whose
 * stored hashes do not follow from the one before is where the trail was changed.
 */
export function verifyAudit(db: Db): AuditChainStatus {
  let previous = GENESIS;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<AuditRow>) {
    entries++;
    if (row.prev_hash !== previous || row.hash !== entryHash(previous, row)) {
      const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      return { entries: total, verified: false, headHash: headOf(db), brokenAt: row.id };
    }
    previous = row.hash;
  }
  return { entries, verified: true, headHash: entries === 0 ? null : previous, brokenAt: null };
}

/** The newest entries, newest first. */
export function auditEntries(db: Db, limit: number, offset = 0): { total: number; entries: AuditEntry[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset) as AuditRow[];
  return { total, entries: rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: safeJson(r.details_json), hash: r.hash })) };
}

function headOf(db: Db): string | null {
  return (db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string | null } | undefined)?.hash ?? null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
