import { defineComparator } from './comparator';
import { digitsOf } from './normalise-value';
import { isOneTypoApart } from './one-typo';

/** A date as digits `YYYYMMDD` with its parts, or just its digits when it could not be read as a date. */
export interface PreparedDate {
  digits: string;
  parts: { year: string; month: string; day: string } | null;
}

const pad2 = (text: string) => text.padStart(2, '0');

function plausible(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Reads a date written `YYYYMMDD`, `YYYY-MM-DD` (a time after it is ignored) or
 * `DD/MM/YYYY` (day first, as UK records write it). Eight bare digits are taken as
 * `YYYYMMDD` unless only `DDMMYYYY` makes a date. A value in none of these shapes keeps
 * its digits, so it can still agree exactly or by one typo.
 */
export function parseDateParts(value: string): PreparedDate {
  const pieces = value.split(/[^0-9]+/).filter((p) => p !== '');
  let parts: PreparedDate['parts'] = null;
  if (pieces.length === 1 && /^\d{8}$/.test(pieces[0]!)) {
    const d = pieces[0]!;
    const iso = { year: d.slice(0, 4), month: d.slice(4, 6), day: d.slice(6, 8) };
    const dayFirst = { year: d.slice(4, 8), month: d.slice(2, 4), day: d.slice(0, 2) };
    parts = !plausible(iso.month, iso.day) && plausible(dayFirst.month, dayFirst.day) ? dayFirst : iso;
  } else if (pieces.length >= 3 && pieces[0]!.length === 4) {
    parts = { year: pieces[0]!, month: pad2(pieces[1]!), day: pad2(pieces[2]!) };
  } else if (pieces.length === 3 && pieces[2]!.length === 4) {
    parts = { year: pieces[2]!, month: pad2(pieces[1]!), day: pad2(pieces[0]!) };
  }
  if (parts && (parts.month.length !== 2 || parts.day.length !== 2)) parts = null;
  return { digits: parts ? parts.year + parts.month + parts.day : digitsOf(value), parts };
}

/**
 * Dates of birth: the same day agrees; partial agreement for day and month swapped (the
 * US/UK mix-up), one digit mistyped or two neighbours swapped, or the same year and month.
 */
export const dateComparator = defineComparator<PreparedDate>({
  prepare: parseDateParts,
  compare: (a, b) => {
    if (a.digits === '' || b.digits === '') return 'disagree';
    if (a.digits === b.digits) return 'agree';
    if (a.parts && b.parts && a.parts.year === b.parts.year) {
      if (a.parts.month === b.parts.day && a.parts.day === b.parts.month) return 'partial';
      if (a.parts.month === b.parts.month) return 'partial';
    }
    return isOneTypoApart(a.digits, b.digits) ? 'partial' : 'disagree';
  },
});
