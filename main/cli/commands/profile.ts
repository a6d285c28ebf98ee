import type { ColumnProfile, Profile, ProfileEvent, ProfileProblem, TableProfile } from '../../../preload/contract';
import { profileProject } from '../../engine/profile/profile-project';
import { EXIT, printJson, type Io } from '../output';

/** Options of `cutover profile`. */
export interface ProfileCommandOptions {
  json?: boolean;
  table?: string[];
  minCellCount?: number;
}

/**
 * `cutover profile <project>`: profiles the source tables, stores the result in the run
 * store and prints it (suppressed: counts below the minimum cell count are never shown).
 * A table that cannot be read is named on stderr with its file and line, after the
 * profiles of the others, and the exit code is 2. Ctrl+C stops after the current batch.
 */
export async function profile(io: Io, dir: string, options: ProfileCommandOptions): Promise<number> {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const result = await profileProject(dir, {
      tables: options.table,
      minCellCount: options.minCellCount,
      signal: controller.signal,
      onEvent: io.interactive && !options.json ? progressLine() : undefined,
    });
    if (options.json) printJson(io, { status: result.status, ...result.profile });
    else io.out(profileText(result.profile, result.status));
    for (const problem of result.profile.problems) io.err(`cutover: ${problemLine(problem)}`);
    if (result.profile.problems.length > 0) return EXIT.badInput;
    return result.status === 'succeeded' ? EXIT.ok : EXIT.verdictFailed;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

function progressLine() {
  return (event: ProfileEvent) => {
    if (event.type === 'progress') {
      const share = event.totalRows ? ` ${Math.min(100, Math.floor((100 * event.rowsDone) / event.totalRows))}%` : '';
      process.stderr.write(`\r\x1b[Kprofiling ${event.table}:${share} ${event.rowsDone} rows`);
    } else {
      process.stderr.write('\r\x1b[K');
    }
  };
}

/** `file:line: what is wrong (source.table not profiled)`. */
function problemLine(problem: ProfileProblem): string {
  const where = [problem.file, problem.line].filter((x) => x !== undefined).join(':');
  const read = problem.rowsRead > 0 ? ` after ${problem.rowsRead} rows` : '';
  return `${where ? `${where}: ` : ''}${problem.text} (${problem.source}.${problem.table} not profiled${read})`;
}

/** The profile as readable text: one aligned table of columns per source table. */
export function profileText(profile: Profile, status: string): string {
  const unread = profile.problems.length > 0 ? ` (${profile.problems.length} could not be read)` : '';
  const tables = `${profile.tables.length} table${profile.tables.length === 1 ? '' : 's'}${unread}`;
  const head = `Profile ${profile.id} ${status}: ${tables}, counts below ${profile.minCellCount} suppressed (shown as <${profile.minCellCount})`;
  return [head, ...profile.tables.map((t) => tableText(t, profile.minCellCount))].join('\n\n');
}

const HEADER = ['column', 'type', 'empty', 'distinct', 'length', 'min', 'max', 'top values', 'patterns', 'flags'];

function tableText(table: TableProfile, k: number): string {
  const rows = table.columns.map((c) => columnCells(c, k));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`${table.source}.${table.name}: ${table.rows} rows${malformedText(table)}`, line(HEADER), ...rows.map(line)].join('\n');
}

/** `, 2 malformed (first at file:line: what was wrong)`, or nothing. */
function malformedText(table: TableProfile): string {
  if (table.malformedRows === 0) return '';
  const first = table.firstMalformed;
  const where = first ? ` (first at ${[first.locator.file, first.locator.line].filter((x) => x !== undefined).join(':')}: ${first.problem})` : '';
  return `, ${table.malformedRows} malformed${where}`;
}

function columnCells(c: ColumnProfile, k: number): string[] {
  const count = (n: number | null) => (n === null ? `<${k}` : String(n));
  return [
    c.name,
    c.type,
    c.nullRate === null ? 'suppressed' : `${(100 * c.nullRate).toFixed(1)}%`,
    `${c.distinctExact ? '' : '~'}${c.distinct}`,
    c.lengthMin === null ? '' : c.lengthMin === c.lengthMax ? String(c.lengthMin) : `${c.lengthMin}-${c.lengthMax}`,
    clip(c.min ?? '', 20),
    clip(c.max ?? '', 20),
    clip(c.top.slice(0, 3).map((t) => `${t.value} (${count(t.count)})`).join(', '), 48),
    clip(c.patterns.slice(0, 2).map((p) => `${p.pattern} (${count(p.count)})`).join(', '), 40),
    c.flags.join(', '),
  ];
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
