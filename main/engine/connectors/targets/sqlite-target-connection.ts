import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isUserError, UserError } from '../../errors';
import type { ConnectorContext, ConnectorProblem, DiscoveredTable, TargetConnection, TestReport } from '../connector';
import { inspectSqlite } from '../sqlite/inspect-sqlite';
import { openSqliteFile, sqliteFileError } from '../sqlite/open-sqlite-file';
import { FULL_SCAN_MAX_BYTES } from '../sqlite/sqlite-connection';
import type { TargetConfig } from './target-config';
import { folderOfFileWritable, inspectTargetLocation } from './target-location';

/** Tables the pipeline keeps in a target for itself (its load ledger), left out of discovery. */
const OWN_TABLE_PREFIXES = ['_cutover_'];

/**
 * A SQLite file as a target, looked at without writing: a missing file is fine (the
 * pipeline creates it); an existing one must be a sound database we may write to, and
 * discovery lists its tables with exact row counts.
 */
export class SqliteTargetConnection implements TargetConnection {
  private readonly file: string;
  private readonly label: string;

  constructor(config: TargetConfig, context: ConnectorContext) {
    this.file = resolve(context.baseDir, config.path);
    this.label = config.path;
  }

  async test(): Promise<TestReport> {
    const location = inspectTargetLocation(this.file);
    const problem = (text: string): ConnectorProblem => ({ file: this.label, text });
    const failed = (text: string): TestReport => ({ ok: false, summary: text, problems: [problem(text)] });
    if (location.problem) return failed(location.problem);
    if (location.kind === 'missing') return { ok: true, summary: 'the database will be created', problems: [], detected: { exists: false } };
    if (location.kind === 'folder') return failed('is a folder; a SQLite target is a file');
    if (!folderOfFileWritable(this.file)) return failed('no permission to write in the folder holding the database (SQLite keeps its journal there)');
    try {
      const { tables, damage } = this.look(true);
      if (damage) return failed(`database is damaged: ${damage}`);
      const problems = tables.flatMap((t) => (t.problem ? [t.problem] : []));
      const rows = tables.reduce((n, t) => n + (t.rowEstimate ?? 0), 0);
      const summary = problems[0]?.text ?? `existing database: ${tables.length} tables, ${rows} rows`;
      return { ok: problems.length === 0, summary, problems, detected: { exists: true, tables: tables.length, rows } };
    } catch (error) {
      if (!isUserError(error)) throw error;
      return failed(error.message);
    }
  }

  async discover(): Promise<DiscoveredTable[]> {
    const location = inspectTargetLocation(this.file);
    if (location.kind === 'missing') return [];
    if (location.kind === 'folder') throw new UserError('is a folder; a SQLite target is a file', { file: this.label });
    return this.look(false).tables;
  }

  async close(): Promise<void> {
    // Every look opens and closes its own read-only connection.
  }

  /** Reads the tables (and, when asked and affordable, the integrity verdict) read-only. */
  private look(check: boolean): { tables: DiscoveredTable[]; damage?: string } {
    const db = openSqliteFile(this.file, this.label);
    try {
      const tables = inspectSqlite(db, this.label, { exact: true, kinds: ['table'], hidePrefixes: OWN_TABLE_PREFIXES });
      if (!check || statSync(this.file).size > FULL_SCAN_MAX_BYTES) return { tables };
      const verdict = String(db.pragma('quick_check', { simple: true }));
      return verdict === 'ok' ? { tables } : { tables, damage: verdict };
    } catch (error) {
      throw sqliteFileError(error, this.label);
    } finally {
      db.close();
    }
  }
}
