import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isUserError, UserError } from '../../errors';
import type { ConnectorContext, DiscoveredTable, TargetConnection, TestReport } from '../connector';
import type { TargetConfig } from './target-config';
import { inspectTargetLocation } from './target-location';

/** What scanning one file of a target folder found. */
export interface ScannedFile {
  table: DiscoveredTable;
  /** Something wrong that does not stop discovery (a file holding another resource type, say). */
  problem?: { line?: number; text: string };
}

/** The layout of one kind of folder target: which files are its tables, and how to read one. */
export interface FolderLayout {
  /** Plural noun for the summary: "CSV files". */
  noun: string;
  /** The kind of table each file is. */
  kind: DiscoveredTable['kind'];
  /** The table a file name stands for, or null when the file is not one of ours. */
  tableOf(fileName: string): string | null;
  /** File names that look meant for this target but are not named as it expects, to mention. */
  misnamed(fileName: string): boolean;
  scan(file: string, label: string, table: string): Promise<ScannedFile>;
}

/**
 * A folder of files as a target (CSV, FHIR NDJSON), looked at without writing: a missing
 * folder is fine (it will be created), a file in its place or an unwritable place is not,
 * and discovery reads each table file once, streaming.
 */
export class FolderTargetConnection implements TargetConnection {
  private readonly folder: string;
  private readonly label: string;

  constructor(
    config: TargetConfig,
    context: ConnectorContext,
    private readonly layout: FolderLayout,
  ) {
    this.folder = resolve(context.baseDir, config.path);
    this.label = config.path;
  }

  async test(): Promise<TestReport> {
    const location = inspectTargetLocation(this.folder);
    const failed = (text: string): TestReport => ({ ok: false, summary: text, problems: [{ file: this.label, text }] });
    if (location.problem) return failed(location.problem);
    if (location.kind === 'missing') return { ok: true, summary: 'the folder will be created', problems: [], detected: { exists: false } };
    if (location.kind === 'file') return failed('is a file; this target is a folder');
    let tables: DiscoveredTable[];
    try {
      tables = await this.discover();
    } catch (error) {
      if (!isUserError(error)) throw error;
      return failed(error.message);
    }
    const problems = tables.flatMap((t) => (t.problem ? [t.problem] : []));
    const rows = tables.reduce((n, t) => n + (t.rowEstimate ?? 0), 0);
    const misnamed = readdirSync(this.folder).filter((f) => this.layout.tableOf(f) === null && this.layout.misnamed(f));
    const summary = tables.length === 0 ? 'empty folder' : `${tables.length} ${this.layout.noun}, ${rows} rows`;
    return {
      ok: problems.length === 0,
      summary: problems[0] ? `${problems[0].file}: ${problems[0].text}` : summary,
      problems,
      detected: { exists: true, files: tables.length, rows, ...(misnamed.length > 0 ? { ignored: misnamed.join(', ') } : {}) },
    };
  }

  /**
   * The tables already there. A file that cannot be read is listed with its problem (and no
   * row count) rather than failing discovery, so one bad file does not hide the others.
   */
  async discover(): Promise<DiscoveredTable[]> {
    const location = inspectTargetLocation(this.folder);
    if (location.kind === 'missing') return [];
    if (location.kind === 'file') throw new UserError('is a file; this target is a folder', { file: this.label });
    const tables: DiscoveredTable[] = [];
    for (const { table, fileName } of this.tableFiles()) {
      const label = join(this.label, fileName);
      try {
        const scanned = await this.layout.scan(join(this.folder, fileName), label, table);
        tables.push(scanned.problem ? { ...scanned.table, problem: { file: label, ...scanned.problem } } : scanned.table);
      } catch (error) {
        if (!isUserError(error)) throw error;
        const problem = { file: label, ...(error.place.line === undefined ? {} : { line: error.place.line }), text: error.message };
        tables.push({ name: table, kind: this.layout.kind, columns: [], rowEstimate: null, problem });
      }
    }
    return tables;
  }

  async close(): Promise<void> {
    // Nothing stays open between calls.
  }

  private tableFiles(): { table: string; fileName: string }[] {
    let names: string[];
    try {
      names = readdirSync(this.folder).sort();
    } catch {
      throw new UserError('the folder cannot be read', { file: this.label });
    }
    return names.flatMap((fileName) => {
      const table = this.layout.tableOf(fileName);
      return table === null ? [] : [{ table, fileName }];
    });
  }
}
