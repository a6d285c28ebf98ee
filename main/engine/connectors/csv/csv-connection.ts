import type { ConnectorContext, DiscoveredTable, ReadOptions, SourceConnection, SourceRecord, TestReport } from '../connector';
import { previewRows } from '../batches';
import { UserError, isUserError } from '../../errors';
import { countLines } from '../text/count-lines';
import type { CsvConfig } from './csv-config';
import { listCsvFiles, type CsvFile } from './csv-files';
import { inspectCsvFile, type CsvFileInfo } from './inspect-csv-file';
import { readCsvTable } from './read-csv-table';
import { testCsvFiles } from './test-csv-files';

/**
 * An open CSV source: one file, or a folder with one table per file. Each file's
 * encoding and layout are detected once, on first use, and kept for the connection.
 */
export class CsvConnection implements SourceConnection {
  private files: CsvFile[] | null = null;
  private readonly infos = new Map<string, Promise<CsvFileInfo>>();

  constructor(
    private readonly config: CsvConfig,
    private readonly context: ConnectorContext,
  ) {}

  /** Reads every file through, reporting what was detected and every problem with its line. */
  async test(): Promise<TestReport> {
    let files: CsvFile[];
    try {
      files = this.listFiles();
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { ok: false, summary: error.message, problems: [{ file: this.config.path, text: error.message }] };
    }
    return testCsvFiles(files, (file) => this.info(file));
  }

  /** Lists the tables with their columns; a file that cannot be read is listed with its problem. */
  async discover(): Promise<DiscoveredTable[]> {
    const tables: DiscoveredTable[] = [];
    // One file at a time: a folder of thousands of files must not open them all at once.
    for (const file of this.listFiles()) tables.push(await this.discoverFile(file));
    return tables;
  }

  /** The first rows of a table. */
  preview(table: string, limit: number): Promise<SourceRecord[]> {
    return previewRows((t, o) => this.read(t, o), table, limit);
  }

  /** Streams a table's rows in batches. */
  async *read(table: string, options?: ReadOptions): AsyncGenerator<SourceRecord[]> {
    const file = this.listFiles().find((f) => f.table === table);
    if (!file) throw new UserError(`no table named ${table} in this source`, { file: this.config.path });
    yield* readCsvTable(await this.info(file), options);
  }

  /** Nothing stays open between calls. */
  async close(): Promise<void> {}

  private async discoverFile(file: CsvFile): Promise<DiscoveredTable> {
    try {
      const info = await this.info(file);
      const lines = await countLines(file.path);
      return {
        name: file.table,
        kind: 'file',
        columns: info.columns.map((name) => ({ name })),
        rowEstimate: Math.max(0, lines - (info.dialect.header ? 1 : 0)),
      };
    } catch (error) {
      if (!isUserError(error)) throw error;
      const problem = { file: error.place.file ?? file.label, line: error.place.line, text: error.message };
      return { name: file.table, kind: 'file', columns: [], rowEstimate: null, problem };
    }
  }

  private listFiles(): CsvFile[] {
    this.files ??= listCsvFiles(this.config.path, this.context.baseDir);
    return this.files;
  }

  private info(file: CsvFile): Promise<CsvFileInfo> {
    let info = this.infos.get(file.path);
    if (!info) {
      info = inspectCsvFile(file, this.config);
      this.infos.set(file.path, info);
    }
    return info;
  }
}
