import type { ColumnProfile } from '../../../../preload/contract/profile-schemas';
import { fieldRef, stringLiteral } from './expression-text';

/** How the dates of a source column are written, read from its profiled patterns. */
export interface DateLayout {
  /** The layout in `iso_date` tokens: `YYYY-MM-DD`, `DD/MM/YYYY`. */
  format: string;
  /** Already ISO (`yyyy-mm-dd`): no conversion needed. */
  iso: boolean;
  /** Values carry a time after the date. */
  withTime: boolean;
  /** The length of the date part when every value's is the same, so `left()` can cut it off; else null. */
  dateWidth: number | null;
  /** Share of the profiled patterns written this way, 0..1. */
  share: number;
  /** Other date layouts seen in the same column. */
  otherLayouts: number;
}

const DAY_FIRST = /^(9{1,2})([-/.])(9{1,2})\2(9999)(.*)$/;
const YEAR_FIRST = /^(9999)([-/.])(99)\2(99)(.*)$/;
/** A time after the date: a space or `T` (a letter, `A`, in patterns), then `99:99`. */
const TIME_TAIL = /^[ A]9{1,2}:99/;

/**
 * The dominant date layout of a column, from its patterns (`99/99/9999` is the UK
 * day-first form the profiler reads as dd/mm/yyyy; `9999-99-99` is ISO); null when fewer
 * than half the patterns are dates. Suppressed pattern counts weigh as one.
 */
export function dateLayout(column: ColumnProfile): DateLayout | null {
  const byFormat = new Map<string, { weight: number; withTime: boolean; widths: Set<number> }>();
  let total = 0;
  for (const { pattern, count } of column.patterns) {
    const weight = count ?? 1;
    total += weight;
    const read = readPattern(pattern);
    if (!read) continue;
    const entry = byFormat.get(read.format) ?? { weight: 0, withTime: false, widths: new Set<number>() };
    entry.weight += weight;
    entry.withTime ||= read.withTime;
    entry.widths.add(read.width);
    byFormat.set(read.format, entry);
  }
  const ranked = [...byFormat].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top || top[1].weight * 2 < total) return null;
  const [format, entry] = top;
  return {
    format,
    iso: format === 'YYYY-MM-DD',
    withTime: entry.withTime,
    dateWidth: entry.widths.size === 1 ? [...entry.widths][0]! : null,
    share: entry.weight / total,
    otherLayouts: ranked.length - 1,
  };
}

function readPattern(pattern: string): { format: string; withTime: boolean; width: number } | null {
  const dayFirst = DAY_FIRST.exec(pattern);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(pattern);
  const match = dayFirst ?? yearFirst;
  if (!match) return null;
  const tail = match[5]!;
  if (tail !== '' && !TIME_TAIL.test(tail)) return null;
  const separator = match[2]!;
  const format = dayFirst ? `DD${separator}MM${separator}YYYY` : `YYYY${separator}MM${separator}DD`;
  return { format, withTime: tail !== '', width: pattern.length - tail.length };
}

/**
 * The expression that makes an ISO date (`yyyy-mm-dd`) of the column; `null` when the
 * values already are ISO dates, `undefined` when no expression function can (a
 * day-first date-time whose date part varies in width cannot be cut off with `left`).
 */
export function isoDateExpression(column: string, layout: DateLayout): string | null | undefined {
  const ref = fieldRef(column);
  if (layout.withTime && layout.dateWidth === null) return undefined;
  const datePart = layout.withTime ? `left(${ref}, ${layout.dateWidth})` : ref;
  if (layout.iso) return layout.withTime ? datePart : null;
  return `iso_date(${datePart}, ${stringLiteral(layout.format)})`;
}

/**
 * The expression that makes an ISO date-time of the column (a date alone is a valid
 * date-time); null when it already is ISO, undefined when no expression function can.
 */
export function isoDateTimeExpression(column: string, layout: DateLayout): string | null | undefined {
  if (layout.iso) return null;
  const date = isoDateExpression(column, layout);
  if (!layout.withTime || !date) return date;
  const ref = fieldRef(column);
  return `concat(${date}, replace(${ref}, left(${ref}, ${layout.dateWidth}), ""))`;
}

/** A part of a date a target field may hold on its own (OMOP `year_of_birth`, `month_of_birth`, `day_of_birth`). */
export type DatePart = 'year' | 'month' | 'day';

/**
 * The expression for one part of the column's date, as a number. The expression functions
 * have no substring, so month and day are what is left of a `left()` once a shorter
 * `left()` is replaced away: `replace(left(d, 7), left(d, 5), "")` is the month of `d`.
 */
export function datePartExpression(column: string, layout: DateLayout, part: DatePart): string | undefined {
  const iso = isoDateExpression(column, layout);
  if (iso === undefined) return undefined;
  const d = iso ?? fieldRef(column);
  if (part === 'year') return `number(left(${d}, 4))`;
  if (part === 'month') return `number(replace(left(${d}, 7), left(${d}, 5), ""))`;
  return `number(replace(left(${d}, 10), left(${d}, 8), ""))`;
}

/** How a layout reads in a reason: "dd/mm/yyyy (UK day first)". */
export function describeLayout(layout: DateLayout): string {
  const written = layout.format.toLowerCase();
  const kind = layout.iso ? 'ISO' : layout.format.startsWith('DD') ? 'UK day first' : 'year first';
  return `${written}${layout.withTime ? ' with a time' : ''} (${kind})`;
}
