import type { ConnectorContext, DiscoveredTable, ReadOptions, SourceConnection, SourceRecord, TestReport } from '../connector';
import { previewRows } from '../batches';
import { UserError, isUserError } from '../../errors';
import { encodingLabel } from '../text/text-encoding';
import type { JsonConfig } from './json-config';
import { listJsonFiles } from './json-files';
import { readJsonTable } from './read-json-table';
import { scanJsonFiles, toDiscovered, type JsonScan } from './json-tables';

/**
 * An open JSON source: one file or a folder of them. JSON rows need not share keys, so
 * discovery reads every file through once (streaming) for the columns and exact row
 * counts, and the connection keeps the result.
 */
export class JsonConnection implements SourceConnection {
  private scan: Promise<JsonScan> | null = null;

  constructor(
    private readonly config: JsonConfig,
    private readonly context: ConnectorContext,
  ) {}

  /** Reads every file through and reports formats, tables and each problem with its line. */
  async test(): Promise<TestReport> {
    let scan: JsonScan;
    try {
      scan = await this.scanned();
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { ok: false, summary: error.message, problems: [{ file: this.config.path, text: error.message }] };
    }
    const problems = scan.problems.map(({ table: _table, ...problem }) => problem);
    const { tables } = scan;
    const distinct = (values: string[]) => [...new Set(values)].join(', ') || 'unknown';
    const rows = tables.filter((t) => !t.parent).reduce((n, t) => n + t.rows, 0);
    const detected = {
      format: distinct(tables.flatMap((t) => t.files.map((f) => f.format.format))),
      encoding: distinct(tables.flatMap((t) => t.files.map((f) => encodingLabel(f.format.encoding)))),
      tables: tables.length,
      childTables: tables.filter((t) => t.parent).length,
      rows,
    };
    const ok = problems.length === 0 && tables.length > 0;
    const summary = ok
      ? `${tables.length} table${tables.length === 1 ? '' : 's'} (${detected.childTables} from nested arrays), ${rows} records, ${detected.format}`
      : (problems[0]?.text ?? 'no tables found: no JSON records in the files');
    return { ok, summary, problems, detected };
  }

  /** Lists every table, top-level and child, with columns and exact row counts. */
  async discover(): Promise<DiscoveredTable[]> {
    const { tables, problems } = await this.scanned();
    const broken: DiscoveredTable[] = problems.map(({ table, ...problem }) => ({ name: table, kind: 'file', columns: [], rowEstimate: null, problem }));
    return [...tables.map(toDiscovered), ...broken];
  }

  /** The first rows of a table. */
  preview(table: string, limit: number): Promise<SourceRecord[]> {
    return previewRows((t, o) => this.read(t, o), table, limit);
  }

  /** Streams a table's rows in batches. */
  async *read(table: string, options?: ReadOptions): AsyncGenerator<SourceRecord[]> {
    const { tables, problems } = await this.scanned();
    const found = tables.find((t) => t.name === table);
    // A file that failed discovery fails its read with the same located message.
    const problem = problems.find((p) => p.table === table);
    if (!found && problem) throw new UserError(problem.text, { file: problem.file, line: problem.line });
    if (!found) throw new UserError(`no table named ${table} in this source`, { file: this.config.path });
    yield* readJsonTable(found, options);
  }

  /** Nothing stays open between calls. */
  async close(): Promise<void> {}

  private scanned(): Promise<JsonScan> {
    this.scan ??= scanJsonFiles(listJsonFiles(this.config.path, this.context.baseDir), this.config);
    return this.scan;
  }
}
