import type { ProfileEvent } from '../../../preload/contract';

/** How far one table's scan got. */
export interface TableProgress {
  table: string;
  rowsDone: number;
  /** The connector's row estimate; null when it cannot tell without reading. */
  totalRows: number | null;
  done: boolean;
}

/** A profiling scan as the page follows it from its events. */
export interface ProfileScan {
  /** Known from the first event or the start answer, whichever comes first. */
  profileId: string | null;
  phase: 'starting' | 'running' | 'succeeded' | 'cancelled' | 'failed';
  /** Tables in the order the engine scans them; a new name means the previous one is done. */
  tables: TableProgress[];
  /** How many tables the scan will cover, for the overall bar. */
  expectedTables: number;
  failure?: string;
}

/** A scan just asked for. */
export function startingScan(expectedTables: number): ProfileScan {
  return { profileId: null, phase: 'starting', tables: [], expectedTables };
}

/**
 * Folds one event into the scan. Events carry the table name but not its source, so
 * tables are told apart by order: the engine scans them one after another.
 */
export function applyProfileEvent(scan: ProfileScan, event: ProfileEvent): ProfileScan {
  if (scan.profileId !== null && event.profileId !== scan.profileId) return scan;
  const base = { ...scan, profileId: event.profileId };
  if (event.type === 'failed') return { ...base, phase: 'failed', failure: event.message };
  if (event.type === 'finished') {
    return { ...base, phase: event.status, tables: base.tables.map((t) => ({ ...t, done: event.status === 'succeeded' || t.done })) };
  }
  const tables = [...base.tables];
  const last = tables.at(-1);
  if (last && last.table === event.table && !last.done) {
    tables[tables.length - 1] = { ...last, rowsDone: event.rowsDone, totalRows: event.totalRows };
  } else {
    if (last) tables[tables.length - 1] = { ...last, done: true };
    tables.push({ table: event.table, rowsDone: event.rowsDone, totalRows: event.totalRows, done: false });
  }
  return { ...base, phase: 'running', tables };
}

/** One table's share done, 0..1; unknown totals count as half way until the table ends. */
export function tableShare(table: TableProgress): number {
  if (table.done) return 1;
  if (table.totalRows === null || table.totalRows === 0) return table.rowsDone > 0 ? 0.5 : 0;
  return Math.min(1, table.rowsDone / table.totalRows);
}

/** The whole scan's share done, 0..1, over the tables expected. */
export function overallShare(scan: ProfileScan): number {
  if (scan.phase === 'succeeded') return 1;
  const expected = Math.max(scan.expectedTables, scan.tables.length, 1);
  return scan.tables.reduce((sum, t) => sum + tableShare(t), 0) / expected;
}

/** Rows read so far over every table. */
export function rowsRead(scan: ProfileScan): number {
  return scan.tables.reduce((sum, t) => sum + t.rowsDone, 0);
}

/** Tells whether the scan is still going. */
export function isScanning(scan: ProfileScan | null): boolean {
  return scan !== null && (scan.phase === 'starting' || scan.phase === 'running');
}
