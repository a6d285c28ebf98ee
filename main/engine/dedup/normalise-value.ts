/**
 * A field's value as comparators see it: trimmed, lower case, inner runs of white space
 * made one space. Null, undefined and blank all become null, so every comparator and
 * blocking key treats them alike as missing.
 */
export function normaliseValue(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return text === '' ? null : text;
}

/** The digits of a value in order, everything else dropped. */
export function digitsOf(value: string): string {
  return value.replace(/\D+/g, '');
}
