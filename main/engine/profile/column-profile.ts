import type { ColumnProfile } from '../../../preload/contract/profile-schemas';
import type { ColumnStats } from './column-profiler';
import { identifierFlags, type IdentifierFlag } from './identifier-flags';
import { inferType, type ProfileType } from './infer-type';
import type { ProfileOptions } from './profile-options';
import type { RangeTracker } from './range-tracker';
import { maskExtreme, suppressCount, suppressedRate, suppressTop } from './suppress';
import { FIT } from './value-shape';

/**
 * Turns a column's raw statistics into its exportable profile: infers the type, flags
 * identifying columns and applies the minimum cell count (see suppress.ts and the
 * README). The raw statistics never leave the process; only this does.
 */
export function columnProfile(stats: ColumnStats, table: string, options: ProfileOptions, known: IdentifierFlag | null = null): ColumnProfile {
  const nonEmpty = stats.rows - stats.empty;
  const type = inferType(stats.fit, nonEmpty, stats.distinct, options.typeShare);
  const flags = identifierFlags({ column: stats.name, table, type, nonEmpty, fit: stats.fit, patterns: stats.patterns });
  // What the format's standard says the column is counts whatever the values look like.
  if (known && nonEmpty > 0 && !flags.includes(known)) flags.push(known);
  const k = options.minCellCount;
  const [min, max] = extremes(stats.ranges, type);
  const numeric = type === 'integer' || type === 'decimal';
  return {
    name: stats.name,
    type,
    nullRate: suppressedRate(stats.empty, stats.rows, k),
    distinct: stats.distinct,
    distinctExact: stats.distinctExact,
    min: maskExtreme(min, flags),
    max: maskExtreme(max, flags),
    lengthMin: nonEmpty > 0 ? stats.ranges.lengthMin : null,
    lengthMax: nonEmpty > 0 ? stats.ranges.lengthMax : null,
    quartiles: numeric && flags.length === 0 && stats.fit[FIT.decimal]! >= k ? stats.quartiles : null,
    top: suppressTop(stats.top, flags, k),
    patterns: stats.patterns.slice(0, options.patternN).map((p) => ({ pattern: p.pattern, count: suppressCount(p.count, k) })),
    flags,
  };
}

/** Min and max compared as the column's type: numbers numerically, dates by date, the rest as text. */
function extremes(ranges: RangeTracker, type: ProfileType): [string | null, string | null] {
  switch (type) {
    case 'integer':
    case 'decimal':
      return [ranges.numberMinText, ranges.numberMaxText];
    case 'date':
    case 'datetime':
      return [ranges.temporalMinText, ranges.temporalMaxText];
    case 'empty':
      return [null, null];
    default:
      return [ranges.textMin, ranges.textMax];
  }
}
