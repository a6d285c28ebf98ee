import type { IdentifierFlag } from './identifier-flags';

/** What a masked minimum or maximum reads as. */
export const MASKED = '*****';

/**
 * Flags whose values each point at one person (or one household), so that even a value
 * seen often (a patient with many admissions) is never listed among the top values.
 */
export const DIRECT_IDENTIFIERS: ReadonlySet<IdentifierFlag> = new Set(['nhs_number', 'local_identifier', 'email', 'phone', 'address']);

/** A count, or null when it is below the minimum cell count (zero is not suppressed). */
export function suppressCount(count: number, minCellCount: number): number | null {
  return count > 0 && count < minCellCount ? null : count;
}

/**
 * The share of empty values, or null when it would reveal a small count: when the empty
 * or the non-empty values are fewer than the minimum cell count (but not none), since the
 * table's row count is shown and the count could be worked back.
 */
export function suppressedRate(empty: number, rows: number, minCellCount: number): number | null {
  if (rows === 0) return 0;
  if (suppressCount(empty, minCellCount) === null || suppressCount(rows - empty, minCellCount) === null) return null;
  return empty / rows;
}

/** A min or max as shown: masked on identifying columns. */
export function maskExtreme(value: string | null, flags: readonly IdentifierFlag[]): string | null {
  return value !== null && flags.length > 0 ? MASKED : value;
}

/** Top values as shown: only counts at or above the minimum cell count, none for direct identifiers. */
export function suppressTop(
  top: readonly { key: string; count: number }[],
  flags: readonly IdentifierFlag[],
  minCellCount: number,
): { value: string; count: number }[] {
  if (flags.some((f) => DIRECT_IDENTIFIERS.has(f))) return [];
  return top.filter((t) => t.count >= minCellCount).map((t) => ({ value: t.key, count: t.count }));
}
