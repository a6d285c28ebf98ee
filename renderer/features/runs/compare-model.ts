import { COMPARE_MIN_TIMED_MILLIS, type ComparedTableCell, type FindingTone, type RunSummary } from '../../../preload/contract';

/** The letter a run goes by in a comparison's columns and charts: A is the baseline. */
export function runLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** One colour per compared run, A (the baseline) in a quiet slate; used by chips and charts alike. */
export const RUN_COLORS = ['#6b7d8c', '#0f6b78', '#8e4fb3', '#c46a00'] as const;

/** The colour of the run at `index` in a comparison. */
export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length]!;
}

/** The ticked runs in the order to compare them: oldest first, so the baseline is the earliest and changes read forwards in time. */
export function baselineOrder(ids: readonly string[], runs: readonly Pick<RunSummary, 'id' | 'startedAt'>[]): string[] {
  const started = new Map(runs.map((r) => [r.id, r.startedAt]));
  return [...ids].sort((a, b) => (started.get(a) ?? '').localeCompare(started.get(b) ?? '') || a.localeCompare(b));
}

/** The ids with `id` moved to the front: the comparison against a different baseline. */
export function withBaseline(ids: readonly string[], id: string): string[] {
  return [id, ...ids.filter((x) => x !== id)];
}

/** A count kind as the comparison table shows it. */
export type CountKind = 'read' | 'written' | 'rejected' | 'skipped';

/**
 * Whether a table's count moved for the better: fewer rejects is better; more rows written
 * is better only when more rows reached the target (written + skipped), so a re-run whose
 * rows were already loaded (written down, skipped up) is not painted as a loss. Read and
 * skipped say what happened, not how well.
 */
export function countTone(kind: CountKind, cell: ComparedTableCell): FindingTone {
  const delta = cell.delta;
  if (!delta || delta[kind] === 0) return 'info';
  if (kind === 'rejected') return delta.rejected < 0 ? 'better' : 'worse';
  if (kind === 'written') {
    const reached = delta.written + delta.skipped;
    if (reached === 0) return 'info';
    return reached > 0 ? 'better' : 'worse';
  }
  return 'info';
}

/** Fewer issues is better. */
export function issueTone(delta: number | null): FindingTone {
  if (!delta) return 'info';
  return delta < 0 ? 'better' : 'worse';
}

/** Faster is better; a move inside the timing noise (±10%), or over a stage too brief to time, says nothing. */
export function throughputTone(ratio: number | null, millis: readonly number[] = [COMPARE_MIN_TIMED_MILLIS]): FindingTone {
  if (ratio === null || Math.abs(ratio - 1) < 0.1 || millis.some((ms) => ms < COMPARE_MIN_TIMED_MILLIS)) return 'info';
  return ratio > 1 ? 'better' : 'worse';
}

/** A signed whole-number difference: "+12", "−3", "0". */
export function signedCount(delta: number, format: (n: number) => string): string {
  if (delta === 0) return '0';
  return delta > 0 ? `+${format(delta)}` : `−${format(-delta)}`;
}

/** The theme colour for a tone. */
export function toneColor(tone: FindingTone): string {
  return tone === 'better' ? 'success.main' : tone === 'worse' ? 'error.main' : 'text.secondary';
}
