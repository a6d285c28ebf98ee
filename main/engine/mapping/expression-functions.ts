/** A value an expression works with. */
export type ExprValue = string | number | boolean | null | undefined;

const isBlank = (v: ExprValue): boolean => v === null || v === undefined || v === '';

/**
 * Parses a date written in `format` (tokens DD, MM, YYYY, any separators) and answers
 * the ISO date; null for a blank; throws for an impossible date (31/02/1987), which the
 * expression sandbox turns into an error value naming the expected form, not the value.
 */
export function isoDate(value: ExprValue, format: ExprValue = 'YYYY-MM-DD'): string | null {
  if (isBlank(value)) return null;
  const layout = String(format);
  const match = dateLayout(layout).exec(String(value).trim());
  const invalid = () => new Error(`not a real date in the form ${layout}`);
  if (!match?.groups) throw invalid();
  const y = Number(match.groups.y);
  const m = Number(match.groups.m);
  const d = Number(match.groups.d);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw invalid();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const layouts = new Map<string, RegExp>();

/** The regular expression for a date layout, built once per layout: this runs per row. */
function dateLayout(layout: string): RegExp {
  let pattern = layouts.get(layout);
  if (!pattern) {
    const source = layout
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('YYYY', '(?<y>\\d{4})')
      .replace('MM', '(?<m>\\d{1,2})')
      .replace('DD', '(?<d>\\d{1,2})');
    pattern = new RegExp(`^${source}$`);
    if (layouts.size < 100) layouts.set(layout, pattern);
  }
  return pattern;
}

/** Whole days from ISO date `from` to ISO date `to`; null when either is missing. */
export function daysBetween(from: ExprValue, to: ExprValue): number | null {
  if (isBlank(from) || isBlank(to)) return null;
  const a = Date.parse(`${String(from)}T00:00:00Z`);
  const b = Date.parse(`${String(to)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/**
 * The functions contract expressions may call. They take and return plain values only,
 * so an expression cannot reach Node, the file system or the process.
 */
export const expressionFunctions: Record<string, (...args: ExprValue[]) => ExprValue> = {
  iso_date: isoDate,
  days_between: daysBetween,
  upper: (v) => (isBlank(v) ? v : String(v).toUpperCase()),
  lower: (v) => (isBlank(v) ? v : String(v).toLowerCase()),
  trim: (v) => (isBlank(v) ? v : String(v).trim()),
  concat: (...parts) => parts.filter((p) => !isBlank(p)).map(String).join(''),
  join: (separator, ...parts) => parts.filter((p) => !isBlank(p)).map(String).join(String(separator ?? '')),
  coalesce: (...values) => values.find((v) => !isBlank(v)) ?? null,
  left: (v, n) => (isBlank(v) ? v : String(v).slice(0, Number(n))),
  replace: (v, find, by) => (isBlank(v) ? v : String(v).split(String(find)).join(String(by ?? ''))),
  number: (v) => (isBlank(v) || Number.isNaN(Number(v)) ? null : Number(v)),
  text: (v) => (v === null || v === undefined ? v : String(v)),
  blank: (v) => isBlank(v),
};
