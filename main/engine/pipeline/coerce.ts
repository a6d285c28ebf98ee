import type { CatalogColumn } from '../catalog/catalog';

/** A value as it is written to the target. */
export type TargetValue = string | number | null;

/** The outcome of fitting a value to a column: the value, or why it does not fit. */
export type Coerced = { ok: true; value: TargetValue } | { ok: false; rule: 'type' | 'length'; message: string };

const INTEGER = /^(?:TINY|SMALL|MEDIUM|BIG)?INT(?:EGER)?\b/;
const NUMBER = /^(?:REAL|FLOAT|DOUBLE|NUMERIC|DECIMAL)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Fits a mapped value to its target column's declared type and length. Messages name
 * the column and the expected form, never the value, which may identify a patient.
 */
export function coerce(value: unknown, column: CatalogColumn): Coerced {
  if (value === null || value === undefined || value === '') return { ok: true, value: null };
  const type = column.type;
  if (INTEGER.test(type)) {
    // Typed sources (JSON, SQLite, xlsx) give booleans; SQLite stores them as 1 and 0.
    if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
    const text = String(value).trim();
    if (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) return { ok: true, value: Number(text) };
    return { ok: false, rule: 'type', message: `${column.name} must be a whole number` };
  }
  if (NUMBER.test(type)) {
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (Number.isFinite(number) && String(value).trim() !== '') return { ok: true, value: number };
    return { ok: false, rule: 'type', message: `${column.name} must be a number` };
  }
  if (type === 'DATE') {
    const text = String(value).trim();
    if (isRealIsoDate(text)) return { ok: true, value: text };
    return { ok: false, rule: 'type', message: `${column.name} must be a real date (YYYY-MM-DD)` };
  }
  if (type === 'DATETIME' || type.startsWith('TIMESTAMP')) {
    const text = String(value).trim();
    if (ISO_DATETIME.test(text) && !Number.isNaN(Date.parse(text))) return { ok: true, value: text };
    return { ok: false, rule: 'type', message: `${column.name} must be a date and time (ISO 8601)` };
  }
  const text = String(value);
  if (column.length !== null && [...text].length > column.length) {
    return { ok: false, rule: 'length', message: `${column.name} is longer than ${column.length} characters` };
  }
  return { ok: true, value: text };
}

function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
