import type { PROFILE_TYPES } from '../../../preload/contract/profile-schemas';
import { FIT } from './value-shape';

/** An inferred column type. */
export type ProfileType = (typeof PROFILE_TYPES)[number];

/** At most this many distinct values for a column of short tokens to be a code. */
export const CODE_MAX_DISTINCT = 1000;

/**
 * Picks the narrowest type that at least `share` of the non-empty values fit, in the
 * order boolean, integer, decimal, date, datetime (dates count as datetimes), code, text.
 * Boolean means the words true/false, yes/no, y/n, t/f (0/1 columns are integers). A code
 * is a column of short tokens (≤ 16 characters, no whitespace) with few distinct values:
 * at most {@link CODE_MAX_DISTINCT} and at most half the non-empty count.
 */
export function inferType(fit: ArrayLike<number>, nonEmpty: number, distinct: number, share: number): ProfileType {
  if (nonEmpty === 0) return 'empty';
  const need = share * nonEmpty;
  if (fit[FIT.boolean]! >= need) return 'boolean';
  if (fit[FIT.integer]! >= need) return 'integer';
  if (fit[FIT.decimal]! >= need) return 'decimal';
  if (fit[FIT.date]! >= need) return 'date';
  if (fit[FIT.date]! + fit[FIT.datetime]! >= need) return 'datetime';
  if (fit[FIT.token]! >= need && distinct <= CODE_MAX_DISTINCT && distinct <= nonEmpty / 2) return 'code';
  return 'text';
}
