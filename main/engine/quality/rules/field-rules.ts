import { z } from 'zod';
import { isValidNhsNumber } from '../../identifiers/nhs-number';
import { defineRowRule, isBlank } from '../rule-definition';

const field = z.string().min(1);

/** `required`: the field has a value. */
export const requiredRule = defineRowRule({
  check: 'required',
  options: z.object({ field }).strict(),
  fields: (o) => [o.field],
  compile: (o) => (row) => (isBlank(row(o.field)) ? `${o.field} is empty` : null),
  examples: [{ options: { field: 'nhs_number' }, valid: [{ nhs_number: '9434765919' }, { nhs_number: 0 }], invalid: [{ nhs_number: null }, { nhs_number: '' }] }],
});

/** `length`: the value's text is at least `min` and at most `max` characters. */
export const lengthRule = defineRowRule({
  check: 'length',
  options: z
    .object({ field, min: z.number().int().nonnegative().optional(), max: z.number().int().positive().optional() })
    .strict()
    .refine((o) => o.min !== undefined || o.max !== undefined, 'give min, max or both'),
  fields: (o) => [o.field],
  compile: (o) => (row) => {
    const value = row(o.field);
    if (isBlank(value)) return null;
    const length = String(value).length;
    if (o.min !== undefined && length < o.min) return `${o.field} is shorter than ${o.min} characters`;
    if (o.max !== undefined && length > o.max) return `${o.field} is longer than ${o.max} characters`;
    return null;
  },
  examples: [{ options: { field: 'postcode', min: 5, max: 8 }, valid: [{ postcode: 'LS1 4AP' }, { postcode: null }], invalid: [{ postcode: 'LS1' }, { postcode: 'LS1 4AP XX' }] }],
});

/** `value_set`: the value is one of `values` (compared as text, so 1 and "1" agree). */
export const valueSetRule = defineRowRule({
  check: 'value_set',
  options: z.object({ field, values: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
  fields: (o) => [o.field],
  compile: (o) => {
    const allowed = new Set(o.values.map(String));
    return (row) => {
      const value = row(o.field);
      return isBlank(value) || allowed.has(String(value)) ? null : `${o.field} is not one of the ${allowed.size} allowed values`;
    };
  },
  examples: [{ options: { field: 'sex_code', values: ['0', '1', '2', '9'] }, valid: [{ sex_code: '1' }, { sex_code: 2 }, { sex_code: null }], invalid: [{ sex_code: 'M' }, { sex_code: '3' }] }],
});

/** `regex`: the value matches `pattern` (a JavaScript regular expression, anchored by the author). */
export const regexRule = defineRowRule({
  check: 'regex',
  options: z
    .object({ field, pattern: z.string().min(1), flags: z.string().regex(/^[imsu]*$/, 'flags may be i, m, s and u').optional() })
    .strict()
    .refine(
      (o) => {
        try {
          new RegExp(o.pattern, o.flags);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'pattern is not a valid regular expression', path: ['pattern'] },
    ),
  fields: (o) => [o.field],
  compile: (o) => {
    const pattern = new RegExp(o.pattern, o.flags);
    return (row) => {
      const value = row(o.field);
      return isBlank(value) || pattern.test(String(value)) ? null : `${o.field} does not have the expected form`;
    };
  },
  examples: [
    {
      options: { field: 'postcode', pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' },
      valid: [{ postcode: 'LS1 4AP' }, { postcode: 'SW1A 1AA' }, { postcode: null }],
      invalid: [{ postcode: 'ls1 4ap' }, { postcode: 'LS14AP' }],
    },
  ],
});

/** `nhs_number`: ten digits whose last is the modulus 11 check digit of the first nine. */
export const nhsNumberRule = defineRowRule({
  check: 'nhs_number',
  options: z.object({ field }).strict(),
  fields: (o) => [o.field],
  compile: (o) => (row) => {
    const value = row(o.field);
    if (isBlank(value)) return null;
    return isValidNhsNumber(String(value).replace(/\s/g, '')) ? null : `${o.field} fails the NHS number check digit`;
  },
  examples: [{ options: { field: 'nhs_number' }, valid: [{ nhs_number: '9434765919' }, { nhs_number: '943 476 5919' }, { nhs_number: null }], invalid: [{ nhs_number: '9434765918' }, { nhs_number: '12345' }] }],
});

const KINDS = {
  integer: /^-?\d+$/,
  decimal: /^-?(?:\d+\.?\d*|\.\d+)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  code: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
} as const;

/** `type`: the value has a narrower form than its column's type (a whole number held as text, an ISO date, a code). */
export const typeRule = defineRowRule({
  check: 'type',
  options: z.object({ field, type: z.enum(['integer', 'decimal', 'date', 'code']) }).strict(),
  fields: (o) => [o.field],
  compile: (o) => (row) => {
    const value = row(o.field);
    return isBlank(value) || KINDS[o.type].test(String(value)) ? null : `${o.field} is not ${o.type === 'integer' ? 'a whole number' : o.type === 'date' ? 'an ISO date' : `a ${o.type}`}`;
  },
  examples: [{ options: { field: 'length_of_stay', type: 'integer' }, valid: [{ length_of_stay: '3' }, { length_of_stay: 0 }], invalid: [{ length_of_stay: '3.5' }, { length_of_stay: 'three' }] }],
});
