import type { CellValue } from '../connector';

const MS_PER_DAY = 86_400_000;
/** Days from each Excel epoch (1899-12-30, or 1904-01-01 for old Mac workbooks) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = { 1900: 25569, 1904: 24107 } as const;

/**
 * Tells whether a number format shows a date or time, as Excel decides it: a y, m, d, h or
 * s outside quoted text and [brackets] (colours, locales, elapsed-time markers aside).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhs]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** A date as ISO text: `2024-03-01`, `2024-03-01T10:30:00`, or `10:30:00` for a time of day alone. */
export function isoDate(date: Date, date1904: boolean): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  // Excel keeps wall-clock time without a zone; exceljs hands it over as UTC. Whole
  // seconds, because a serial day fraction rarely lands on an exact millisecond.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  const [day, clock] = [iso.slice(0, 10), iso.slice(11, 19)];
  const epochDay = date1904 ? '1904-01-01' : '1899-12-30';
  if (day === epochDay && clock !== '00:00:00') return clock;
  return clock === '00:00:00' ? day : `${day}T${clock}`;
}

/** An Excel serial day number as a date. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET_DAYS[date1904 ? 1904 : 1900]) * MS_PER_DAY));
}

/** Undoes OOXML's `_xHHHH_` escapes (how a workbook stores a carriage return, for one). */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A cell as a connector value: numbers stay numbers, dates become ISO text, a formula
 * gives its cached result (a date when the cell is formatted as one; no cached result,
 * or an error result, gives null), rich text and hyperlinks give their plain text, an
 * error cell gives its code (`#N/A`), and an empty cell gives null.
 */
export function toCellValue(value: unknown, numFmt: string | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return unescapeText(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return isoDate(value, date1904);
  if (!isRecord(value)) return null;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (typeof result === 'number' && isDateFormat(numFmt)) return Number.isFinite(result) ? isoDate(serialToDate(result, date1904), date1904) : null;
    return isRecord(result) && 'error' in result ? null : toCellValue(result, undefined, date1904);
  }
  if (Array.isArray(value.richText)) {
    return unescapeText(value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join(''));
  }
  if ('text' in value) return toCellValue(value.text, undefined, date1904);
  if (typeof value.error === 'string') return value.error;
  return null;
}
