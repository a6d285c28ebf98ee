import type { RunSummary } from '../../../preload/contract';

/** Runs sorted newest first by start time, without trusting the store's order. */
export function newestFirst<T extends Pick<RunSummary, 'startedAt'>>(runs: readonly T[]): T[] {
  return [...runs].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
