import type { ColumnProfile } from '../../../preload/contract';
import { formatCount } from '../../components/format';

/** How the profiler writes a min or max it withholds (identifying columns). */
export const WITHHELD = '*****';

/** Identifier flags in words. */
export const FLAG_LABELS: Record<ColumnProfile['flags'][number], string> = {
  nhs_number: 'NHS number',
  birth_date: 'birth date',
  person_name: 'name',
  postcode: 'postcode',
  phone: 'phone',
  email: 'email',
  address: 'address',
  local_identifier: 'local identifier',
};

/** A count, or "< k" when it was suppressed for being under the minimum cell count. */
export function formatSuppressed(count: number | null, minCellCount: number): string {
  return count === null ? `< ${minCellCount}` : formatCount(count);
}

/** The empty share as a percentage; "suppressed" when it would give a small count away. */
export function formatNullRate(rate: number | null): string {
  if (rate === null) return 'suppressed';
  const percent = rate * 100;
  return `${percent > 0 && percent < 0.1 ? '< 0.1' : percent.toFixed(1)}%`;
}

/** The distinct count, with ≈ when it is a sketch's estimate. */
export function formatDistinct(column: ColumnProfile): string {
  return `${column.distinctExact ? '' : '≈ '}${formatCount(column.distinct)}`;
}

/** Shortest to longest value length: "10", "3–25", or a dash when the column is empty. */
export function formatLengths(column: ColumnProfile): string {
  if (column.lengthMin === null || column.lengthMax === null) return '—';
  return column.lengthMin === column.lengthMax ? String(column.lengthMin) : `${column.lengthMin}–${column.lengthMax}`;
}
