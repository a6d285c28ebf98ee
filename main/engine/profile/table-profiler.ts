import type { Locator } from '../../../preload/contract';
import type { TableProfile } from '../../../preload/contract/profile-schemas';
import type { CellValue } from '../connectors/connector';
import { columnProfile } from './column-profile';
import type { IdentifierFlag } from './identifier-flags';
import { ColumnProfiler } from './column-profiler';
import { profileOptions, type ProfileOptions } from './profile-options';

/** A row as the profiler needs it: its values by column (a connector's `SourceRecord` fits). */
export interface ProfiledRow {
  values: Record<string, CellValue>;
  /** Where it came from and what was wrong with its shape, when the connector said so. */
  locator?: Locator;
  problem?: string;
}

/** What the source's format says a column identifies (HL7 v2's PID-5 is a name), or null. */
export type KnownIdentifiers = (column: string) => IdentifierFlag | null;

/**
 * Profiles one table fed in batches. Each batch is profiled a column at a time, so each
 * column's loop stays on one profiler's state. Columns are the ones given (from
 * discovery); a column that first appears later in the stream (sparse JSON, say) is
 * picked up from the first row of a batch and counted empty for the rows before it.
 */
export class TableProfiler {
  private readonly columns: ColumnProfiler[] = [];
  private readonly seen = new Set<string>();
  private readonly options: ProfileOptions;
  private rowCount = 0;
  private malformed = 0;
  private firstMalformed: TableProfile['firstMalformed'];

  constructor(
    readonly source: string,
    readonly name: string,
    columns: readonly string[],
    options: Partial<ProfileOptions> = {},
    private readonly known: KnownIdentifiers = () => null,
  ) {
    this.options = profileOptions(options);
    for (const column of columns) this.addColumn(column);
  }

  /** Rows profiled so far. */
  get rows(): number {
    return this.rowCount;
  }

  /** Profiles a batch of rows. */
  addBatch(rows: readonly ProfiledRow[]): void {
    if (rows.length === 0) return;
    for (const column in rows[0]!.values) if (!this.seen.has(column)) this.addColumn(column).addMissing(this.rowCount);
    for (const column of this.columns) column.addColumn(rows);
    for (const row of rows) {
      if (row.problem === undefined) continue;
      this.malformed++;
      if (!this.firstMalformed && row.locator) this.firstMalformed = { locator: row.locator, problem: row.problem };
    }
    this.rowCount += rows.length;
  }

  /** The table's exportable profile, minimum cell count applied; call once, at the end. */
  finish(): TableProfile {
    return {
      source: this.source,
      name: this.name,
      rows: this.rowCount,
      columns: this.columns.map((column) => columnProfile(column.finish(), this.name, this.options, this.known(column.name))),
      malformedRows: this.malformed,
      ...(this.firstMalformed ? { firstMalformed: this.firstMalformed } : {}),
    };
  }

  private addColumn(name: string): ColumnProfiler {
    const profiler = new ColumnProfiler(name, this.options);
    this.seen.add(name);
    this.columns.push(profiler);
    return profiler;
  }
}
