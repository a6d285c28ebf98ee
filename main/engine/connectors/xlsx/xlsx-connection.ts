import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CancelledError, isUserError, UserError } from '../../errors';
import type { ConnectorContext, DiscoveredTable, ReadOptions, SourceConnection, SourceRecord, TestReport } from '../connector';
import { SheetTable } from './sheet-table';
import { streamWorkbook } from './workbook-stream';
import type { XlsxConfig } from './xlsx-config';

/** Rows per batch when the caller does not say. */
const DEFAULT_BATCH_SIZE = 1000;

/** What one discovery pass found, and for which version of the file. */
interface Discovery {
  stamp: string;
  tables: DiscoveredTable[];
}

/**
 * An Excel workbook as a source: one table per sheet, streamed. An xlsx file gives no
 * row count short of reading it, so discovery reads every sheet once (memory stays flat)
 * and is kept until the file changes.
 */
export class XlsxConnection implements SourceConnection {
  private readonly file: string;
  private readonly label: string;
  private readonly header: boolean;
  private discovery: Discovery | undefined;

  constructor(config: XlsxConfig, context: ConnectorContext) {
    this.file = resolve(context.baseDir, config.path);
    this.label = config.path;
    this.header = config.header ?? true;
  }

  async test(): Promise<TestReport> {
    try {
      const { tables } = await this.discoverAll();
      const problems = tables.flatMap((t) => (t.problem ? [t.problem] : []));
      const rows = tables.reduce((n, t) => n + (t.rowEstimate ?? 0), 0);
      const summary = `${tables.length} sheet${tables.length === 1 ? '' : 's'}, ${rows} rows`;
      return { ok: problems.length === 0, summary: problems[0]?.text ?? summary, problems, detected: { sheets: tables.length, rows, header: this.header } };
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { ok: false, summary: error.message, problems: [{ file: this.label, text: error.message }] };
    }
  }

  async discover(): Promise<DiscoveredTable[]> {
    return (await this.discoverAll()).tables;
  }

  async preview(table: string, limit: number): Promise<SourceRecord[]> {
    for await (const batch of this.read(table, { batchSize: Math.max(1, limit) })) return batch.slice(0, limit);
    return [];
  }

  async *read(table: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    for await (const sheet of streamWorkbook(this.file, this.label)) {
      if (sheet.name !== table) continue;
      const rows = new SheetTable(this.label, sheet.name, this.header);
      let batch: SourceRecord[] = [];
      for await (const row of sheet.rows()) {
        const record = rows.accept(row);
        if (!record) continue;
        batch.push(record);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          if (options.signal?.aborted) throw new CancelledError('Read cancelled');
        }
      }
      if (batch.length > 0) yield batch;
      return;
    }
    throw new UserError(`no sheet named "${table}"`, { file: this.label });
  }

  async close(): Promise<void> {
    this.discovery = undefined;
  }

  private async discoverAll(): Promise<Discovery> {
    const stamp = this.stamp();
    if (this.discovery && this.discovery.stamp === stamp) return this.discovery;
    const found: { index: number; table: DiscoveredTable }[] = [];
    for await (const sheet of streamWorkbook(this.file, this.label)) {
      const rows = new SheetTable(this.label, sheet.name, this.header);
      for await (const row of sheet.rows()) {
        const record = rows.accept(row);
        if (record) rows.observe(record);
      }
      const columns = rows.columns.map((name) => {
        const kind = rows.kindOfColumn(name);
        return kind ? { name, declaredType: kind } : { name };
      });
      const table: DiscoveredTable = { name: sheet.name, kind: 'sheet', columns, rowEstimate: rows.records };
      if (rows.firstRaggedRow !== undefined) {
        const text = `${rows.ragged === 1 ? '1 row' : `${rows.ragged} rows`} of sheet "${sheet.name}" ${rows.ragged === 1 ? 'has' : 'have'} values beyond its header's columns`;
        table.problem = { file: this.label, segment: sheet.name, line: rows.firstRaggedRow, text };
      }
      found.push({ index: sheet.index, table });
    }
    found.sort((a, b) => a.index - b.index);
    this.discovery = { stamp, tables: found.map((f) => f.table) };
    return this.discovery;
  }

  /** Identifies the file's current content cheaply, to know when a discovery is stale. */
  private stamp(): string {
    try {
      const stat = statSync(this.file);
      return `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }
}
