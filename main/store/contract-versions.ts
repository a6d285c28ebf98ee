import { createHash } from 'node:crypto';
import { UserError } from '../engine/errors';
import type { Db } from './open-database';

/** A stored version of the contract, without its content. */
export interface ContractVersion {
  id: number;
  createdAt: string;
  sha256: string;
  author: string | null;
  note: string;
}

interface VersionRow {
  id: number;
  created_at: string;
  sha256: string;
  author: string | null;
  note: string;
  content: string;
}

/** The SHA-256 of a contract's text, hex: what names a version. */
export function contractSha(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/**
 * The contract's history in the run store (migration 005). A version is saved only when
 * the content differs from the newest one, so saving twice in a row records one change.
 */
export class ContractVersions {
  constructor(private readonly db: Db) {}

  /** Records `content` as the newest version unless it already is; answers the newest version either way. */
  save(content: string, note: string, author: string | null = null, now = new Date()): ContractVersion {
    const sha256 = contractSha(content);
    const latest = this.latest();
    if (latest?.sha256 === sha256) return latest;
    const info = this.db
      .prepare('INSERT INTO contract_versions (created_at, sha256, author, note, content) VALUES (?, ?, ?, ?, ?)')
      .run(now.toISOString(), sha256, author, note, content);
    return { id: Number(info.lastInsertRowid), createdAt: now.toISOString(), sha256, author, note };
  }

  /** The newest version, or null before the first. */
  latest(): ContractVersion | null {
    const row = this.db.prepare('SELECT * FROM contract_versions ORDER BY id DESC LIMIT 1').get() as VersionRow | undefined;
    return row ? toVersion(row) : null;
  }

  /** Every version, newest first. */
  list(): ContractVersion[] {
    return (this.db.prepare('SELECT * FROM contract_versions ORDER BY id DESC').all() as VersionRow[]).map(toVersion);
  }

  /** The text of one version; NOT_FOUND when there is none with that id. */
  content(id: number): string {
    const row = this.db.prepare('SELECT content FROM contract_versions WHERE id = ?').get(id) as { content: string } | undefined;
    if (!row) throw new UserError(`no contract version ${id}`, { field: 'versionId' }, 'NOT_FOUND');
    return row.content;
  }
}

function toVersion(row: VersionRow): ContractVersion {
  return { id: row.id, createdAt: row.created_at, sha256: row.sha256, author: row.author, note: row.note };
}
