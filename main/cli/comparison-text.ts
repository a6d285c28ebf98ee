import type { RunComparison } from '../../preload/contract/compare-schemas';

/** The letter a run goes by in a comparison's columns: A is the baseline. */
export function runLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Lays out rows as columns: the first `left` columns padded right, the rest padded left (numbers). */
export function alignColumns(rows: readonly (readonly string[])[], left = 1): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

/** A comparison as aligned text for a terminal: runs, findings, counts, throughput, rules, scores and gates. */
export function comparisonText(c: RunComparison): string {
  const letters = c.runs.map((_r, i) => runLetter(i));
  const others = letters.slice(1);
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push('', title, ...lines.map((l) => `  ${l}`));

  out.push(`Comparing ${c.runs.length} runs; A is the baseline.`);
  section(
    'Runs',
    alignColumns(
      [
        ['', 'run', 'status', 'mode', 'batch', 'strategy', 'started', 'duration', 'read', 'written', 'rejected', 'issues'],
        ...c.runs.map((r, i) => [
          letters[i]!, r.id, r.status, r.dryRun ? 'dry run' : r.rolledBack ? 'rolled back' : 'load', r.batchSize === null ? '-' : String(r.batchSize),
          r.strategy ?? '-', r.startedAt, r.durationMillis === null ? '-' : seconds(r.durationMillis), String(r.read), String(r.written), String(r.rejected), String(r.issueCount),
        ]),
      ],
      8,
    ),
  );

  section('Findings', c.findings.length === 0 ? ['no differences from the baseline'] : alignColumns(c.findings.map((f) => [letters[c.runs.findIndex((r) => r.id === f.runId)]!, f.tone, f.text]), 3));

  const kinds = (['read', 'written', 'rejected', 'skipped'] as const).filter((k) => k !== 'skipped' || c.tables.some((t) => t.runs.some((cell) => (cell?.skipped ?? 0) > 0)));
  const countRows = c.tables.flatMap((t) =>
    kinds.map((kind, k) => [
      k === 0 ? t.table : '', kind,
      ...t.runs.map((cell) => (cell ? String(cell[kind]) : '-')),
      ...t.runs.slice(1).map((cell) => signed(cell?.delta?.[kind] ?? null)),
    ]),
  );
  section('Counts per table', alignColumns([['table', 'count', ...letters, ...others.map((l) => `${l}-A`)], ...countRows], 2));

  if (c.stages.length > 0) {
    const stageRows = c.stages.map((s) => [
      s.stage,
      ...s.runs.map((cell) => (cell?.rowsPerSecond == null ? '-' : String(Math.round(cell.rowsPerSecond)))),
      ...s.runs.slice(1).map((cell) => (cell?.ratio == null ? '' : `x${cell.ratio.toFixed(2)}`)),
    ]);
    section('Throughput (rows/s)', alignColumns([['stage', ...letters, ...others.map((l) => `${l}/A`)], ...stageRows]));
  }

  section(
    'Issues per rule',
    c.rules.length === 0
      ? ['no issues in any of the runs']
      : alignColumns(
          [
            ['rule', 'table', 'severity', ...letters, ...others.map((l) => `${l}-A`), 'change'],
            ...c.rules.map((r) => [r.rule, r.table, r.severity, ...r.counts.map(String), ...r.deltas.slice(1).map(signed), r.change]),
          ],
          3,
        ),
  );

  if (c.tables.some((t) => t.runs.some((cell) => cell?.meanScore != null))) {
    const scoreRows = c.tables.map((t) => [
      t.table,
      ...t.runs.map((cell) => (cell?.meanScore == null ? '-' : `${(cell.meanScore * 100).toFixed(1)}%`)),
      ...t.runs.slice(1).map((cell) => (cell?.scoreDelta == null ? '' : `${cell.scoreDelta >= 0 ? '+' : ''}${(cell.scoreDelta * 100).toFixed(1)}`)),
    ]);
    section('Mean quality score per table', alignColumns([['table', ...letters, ...others.map((l) => `${l}-A`)], ...scoreRows]));
  }

  if (c.gates.length > 0) section('Gate verdicts (newest recorded)', alignColumns([['profile', ...letters], ...c.gates.map((g) => [g.profile, ...g.verdicts.map((v) => v ?? '-')])]));
  return out.join('\n');
}

function signed(n: number | null): string {
  if (n === null) return '';
  return n > 0 ? `+${n}` : n === 0 ? '0' : String(n);
}

function seconds(millis: number): string {
  return millis < 10_000 ? `${(millis / 1000).toFixed(1)} s` : `${Math.round(millis / 1000)} s`;
}
