import { COMPARE_MAX_RUNS, COMPARE_MIN_RUNS } from '../../../preload/contract/compare-schemas';

/**
 * The Runs route's item for a comparison: `compare~<A>~<B>…`, A the baseline. `~` is
 * left alone by `encodeURIComponent`, so the hash stays readable and survives a reload.
 */
export function compareItem(runIds: readonly string[]): string {
  return ['compare', ...runIds].join('~');
}

/** The run ids a Runs route item compares, baseline first; null when the item is not a comparison. */
export function compareIdsOf(item: string | null): string[] | null {
  if (!item?.startsWith('compare~')) return null;
  const ids = [...new Set(item.split('~').slice(1).filter(Boolean))];
  return ids.slice(0, COMPARE_MAX_RUNS);
}

/** Whether a set of ticked runs can be compared: two to four of them. */
export function canCompare(count: number): boolean {
  return count >= COMPARE_MIN_RUNS && count <= COMPARE_MAX_RUNS;
}
