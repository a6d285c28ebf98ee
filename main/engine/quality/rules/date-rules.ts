import { z } from 'zod';
import { defineRowRule, isBlank } from '../rule-definition';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD');

/** The date part of an ISO date or date-time, or null when the value is not one. */
function datePart(value: unknown): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(String(value));
  if (!match) return null;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[1] ? null : match[1]!;
}

/**
 * `date_plausible`: a real date no earlier than `min` (default 1900-01-01) and no later
 * than `max` (default today: a birth or an admission cannot be in the future).
 */
export const datePlausibleRule = defineRowRule({
  check: 'date_plausible',
  options: z.object({ field: z.string().min(1), min: isoDate.optional(), max: z.union([isoDate, z.literal('today')]).optional() }).strict(),
  fields: (o) => [o.field],
  compile: (o, today) => {
    const min = o.min ?? '1900-01-01';
    const max = !o.max || o.max === 'today' ? today : o.max;
    return (row) => {
      const value = row(o.field);
      if (isBlank(value)) return null;
      const date = datePart(value);
      if (date === null) return `${o.field} is not a date`;
      if (date < min) return `${o.field} is before ${min}`;
      if (date > max) return `${o.field} is after ${max === today ? 'today' : max}`;
      return null;
    };
  },
  examples: [
    {
      options: { field: 'birth_date' },
      valid: [{ birth_date: '1960-04-03' }, { birth_date: '2000-02-29' }, { birth_date: null }],
      invalid: [{ birth_date: '1860-01-01' }, { birth_date: '2999-01-01' }, { birth_date: '2001-02-29' }],
    },
  ],
});

/**
 * `date_order`: the fields' dates never go backwards (birth ≤ admission ≤ discharge);
 * a blank field is skipped, so an open admission passes. With `notAfterToday`, the last
 * date given may not be in the future either.
 */
export const dateOrderRule = defineRowRule({
  check: 'date_order',
  options: z.object({ fields: z.array(z.string().min(1)).min(2), notAfterToday: z.boolean().optional() }).strict(),
  fields: (o) => o.fields,
  compile: (o, today) => (row) => {
    let previous: { field: string; date: string } | null = null;
    for (const field of o.fields) {
      const value = row(field);
      if (isBlank(value)) continue;
      const date = datePart(value);
      if (date === null) return `${field} is not a date`;
      if (previous && date < previous.date) return `${field} is before ${previous.field}`;
      previous = { field, date };
    }
    if (o.notAfterToday && previous && previous.date > today) return `${previous.field} is after today`;
    return null;
  },
  examples: [
    {
      options: { fields: ['admission_date', 'discharge_date'], notAfterToday: true },
      valid: [{ admission_date: '2024-01-02', discharge_date: '2024-01-05' }, { admission_date: '2024-01-02', discharge_date: null }, { admission_date: '2024-01-02', discharge_date: '2024-01-02' }],
      invalid: [{ admission_date: '2024-01-05', discharge_date: '2024-01-02' }, { admission_date: '2024-01-02', discharge_date: '2999-01-01' }],
    },
  ],
});
