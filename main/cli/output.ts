import type { ProjectProblem, TableCounts } from '../../preload/contract';

/** Exit codes of every command: 0 ok, 1 a verdict failed, 2 bad input or usage, 3 our fault. */
export const EXIT = { ok: 0, verdictFailed: 1, badInput: 2, internal: 3 } as const;

/** Where commands write: injectable so tests can read what a command printed. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal that can show a live progress line. */
  interactive: boolean;
}

/** The process's own stdout and stderr. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};

/** Prints one value as a single JSON document. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** `file:line: field: message` for a problem. */
export function describeProblem(p: ProjectProblem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Lays out per-table counts as an aligned text table with a total row. */
export function countsTable(tables: readonly TableCounts[]): string {
  const total = tables.reduce(
    (t, r) => ({ name: 'total', read: t.read + r.read, written: t.written + r.written, rejected: t.rejected + r.rejected, skipped: t.skipped + r.skipped }),
    { name: 'total', read: 0, written: 0, rejected: 0, skipped: 0 },
  );
  const rows = [...tables, total].map((r) => [r.name, String(r.read), String(r.written), String(r.rejected), String(r.skipped)]);
  const header = ['table', 'read', 'written', 'rejected', 'skipped'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
