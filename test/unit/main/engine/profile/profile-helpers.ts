import type { ColumnProfile } from '../../../../../preload/contract';
import type { ProfileOptions } from '../../../../../main/engine/profile/profile-options';
import { TableProfiler } from '../../../../../main/engine/profile/table-profiler';

/** Profiles one column of the given values (null for a missing value) in batches of 1000. */
export function profileValues(values: readonly (string | null)[], name = 'value', options: Partial<ProfileOptions> = {}, table = 'table'): ColumnProfile {
  const profiler = new TableProfiler('src', table, [name], options);
  for (let i = 0; i < values.length; i += 1000) profiler.addBatch(values.slice(i, i + 1000).map((v) => ({ values: { [name]: v } })));
  return profiler.finish().columns[0]!;
}

/** `n` copies of a value. */
export function times(n: number, value: string): string[] {
  return Array.from({ length: n }, () => value);
}

/** A seeded generator of integers in `[0, n)` (mulberry32), for repeatable random data. */
export function seededInt(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
