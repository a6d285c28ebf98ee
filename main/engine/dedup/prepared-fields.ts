import { levelCode, MISSING_CODE } from './agreement';
import type { Comparator } from './comparator';
import { COMPARATORS } from './comparators';
import type { DedupRecord, FieldComparison } from './dedup-config';
import { normaliseValue } from './normalise-value';

/** One compared field with every record's value prepared for its comparator (null when blank). */
export interface PreparedField {
  spec: FieldComparison;
  comparator: Comparator<unknown>;
  values: unknown[];
}

/** Prepares each compared field once per record, so comparing a pair does no parsing. */
export function prepareFields(records: readonly DedupRecord[], fields: readonly FieldComparison[]): PreparedField[] {
  return fields.map((spec) => {
    const comparator = COMPARATORS[spec.compare];
    const values = records.map((record) => {
      const value = normaliseValue(record[spec.field]);
      return value === null ? null : comparator.prepare(value);
    });
    return { spec, comparator, values };
  });
}

/** The level code of records i and j on one field. */
export function compareAt(field: PreparedField, i: number, j: number): number {
  const a = field.values[i];
  const b = field.values[j];
  if (a === null || b === null) return MISSING_CODE;
  return levelCode(field.comparator.compare(a, b));
}
