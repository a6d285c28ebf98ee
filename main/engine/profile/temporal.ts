/**
 * Dates and datetimes as the profiler recognises them, read with char-code arithmetic
 * rather than regexes because it runs on every value of every column:
 *
 * - ISO `yyyy-mm-dd`, optionally followed by `T` or a space and `hh:mm`, `:ss`, `.fff`
 *   and a zone (`Z`, `+hh`, `+hhmm`, `+hh:mm`);
 * - UK `dd/mm/yyyy` (day and month of one or two digits), optionally followed by a space
 *   and `hh:mm` or `hh:mm:ss`.
 *
 * Impossible dates (31/02/2020, 29/02/2023, month 13) are not dates. The zone is checked
 * but ignored when ordering.
 */

const NOT_TEMPORAL = -1;

/** Where the last {@link readTime} stopped: its second result, kept off the heap. */
let timeEnd = 0;

function digitAt(v: string, i: number): number {
  const d = v.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Reads `n` digits at `i` as a number; -1 when any is not a digit. */
function digits(v: string, i: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const d = digitAt(v, i + k);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayOrdinal(year: number, month: number, day: number): number {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_TEMPORAL;
  return year * 10000 + month * 100 + day;
}

/** Reads `hh:mm[:ss[.f+]]` from `i`; answers hhmmss and the index after it, or -1. */
function readTime(v: string, i: number, end: number, fractions: boolean): number {
  if (end - i < 5 || v.charCodeAt(i + 2) !== 58) return NOT_TEMPORAL;
  const hh = digits(v, i, 2);
  const mm = digits(v, i + 3, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NOT_TEMPORAL;
  let ss = 0;
  let at = i + 5;
  if (at < end && v.charCodeAt(at) === 58) {
    ss = digits(v, at + 1, 2);
    if (ss < 0 || ss > 60 || at + 3 > end) return NOT_TEMPORAL;
    at += 3;
    if (fractions && at < end && v.charCodeAt(at) === 46) {
      at++;
      const first = at;
      while (at < end && digitAt(v, at) >= 0) at++;
      if (at === first) return NOT_TEMPORAL;
    }
  }
  timeEnd = at;
  return hh * 10000 + mm * 100 + ss;
}

/** Whether `v[i..end)` is a zone: `Z`, `+hh`, `+hhmm` or `+hh:mm` (or with `-`). */
function isZone(v: string, i: number, end: number): boolean {
  const c = v.charCodeAt(i);
  if (c === 90 || c === 122) return i + 1 === end;
  if (c !== 43 && c !== 45) return false;
  const rest = end - i - 1;
  if (digits(v, i + 1, 2) < 0) return false;
  if (rest === 2) return true;
  if (rest === 4) return digits(v, i + 3, 2) >= 0;
  return rest === 5 && v.charCodeAt(i + 3) === 58 && digits(v, i + 4, 2) >= 0;
}

function withTime(v: string, i: number, end: number, day: number, iso: boolean): number {
  if (day < 0) return NOT_TEMPORAL;
  if (i === end) return day * 1_000_000 * 2;
  const sep = v.charCodeAt(i);
  if (sep !== 32 && !(iso && (sep === 84 || sep === 116))) return NOT_TEMPORAL;
  const time = readTime(v, i + 1, end, iso);
  if (time < 0) return NOT_TEMPORAL;
  if (timeEnd !== end && !(iso && isZone(v, timeEnd, end))) return NOT_TEMPORAL;
  return (day * 1_000_000 + time) * 2 + 1;
}

/**
 * Reads a date or datetime in `v[start..end)`. Answers -1 when it is neither; otherwise
 * `ordinal * 2 + (has a time ? 1 : 0)`, where the ordinal `yyyymmddhhmmss` orders dates
 * and datetimes on one scale (a date is its midnight).
 */
export function parseTemporal(v: string, start: number, end: number): number {
  const length = end - start;
  if (length < 8) return NOT_TEMPORAL;
  if (v.charCodeAt(start + 4) === 45) {
    if (length < 10 || v.charCodeAt(start + 7) !== 45) return NOT_TEMPORAL;
    const day = dayOrdinal(digits(v, start, 4), digits(v, start + 5, 2), digits(v, start + 8, 2));
    return withTime(v, start + 10, end, day, true);
  }
  const slash1 = v.charCodeAt(start + 1) === 47 ? start + 1 : v.charCodeAt(start + 2) === 47 ? start + 2 : -1;
  if (slash1 < 0) return NOT_TEMPORAL;
  const slash2 = v.charCodeAt(slash1 + 2) === 47 ? slash1 + 2 : v.charCodeAt(slash1 + 3) === 47 ? slash1 + 3 : -1;
  if (slash2 < 0 || slash2 + 5 > end) return NOT_TEMPORAL;
  const dd = digits(v, start, slash1 - start);
  const mm = digits(v, slash1 + 1, slash2 - slash1 - 1);
  const day = dayOrdinal(digits(v, slash2 + 1, 4), mm, dd);
  return withTime(v, slash2 + 5, end, day, false);
}

/** The calendar year of an ordinal from {@link parseTemporal} (after halving). */
export function ordinalYear(ordinal: number): number {
  return Math.floor(ordinal / 1e10);
}
