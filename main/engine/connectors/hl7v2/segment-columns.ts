import type { Delimiters } from './delimiters';
import { decodeEscapes, type ByteDecoder } from './escapes';

/**
 * Bounds that keep a segment's column set finite whatever a sender puts in it. Fields and
 * components are generous (no standard segment comes near); repetitions are the bound that
 * really cuts, so data past it is reported on the row, not dropped silently.
 */
export const SEGMENT_LIMITS = { fields: 250, repetitions: 10, components: 50, subcomponents: 20 } as const;

/** One segment's field values by column, and what was left out if it broke a bound. */
export interface SegmentValues {
  values: Record<string, string>;
  problem?: string;
}

/**
 * The column of one value: `PID_5_1` is field 5, component 1. Subcomponent 1 is the
 * component's own column, further ones add `_s` (`PID_5_1_5`); repetitions after the first
 * add `_r<n>` (`PID_3_1_r2`). A value never changes column because its sender split it.
 */
export function columnName(segment: string, field: number, component: number, subcomponent = 1, repetition = 1): string {
  const sub = subcomponent > 1 ? `_${subcomponent}` : '';
  const rep = repetition > 1 ? `_r${repetition}` : '';
  return `${segment}_${field}_${component}${sub}${rep}`;
}

/**
 * Splits one segment into columns (see {@link columnName}), decoding escapes after
 * splitting so an escaped separator stays data. Empty values make no column. In MSH the
 * field separator itself is MSH-1 and the encoding characters (MSH-2) are kept as written.
 */
export function segmentValues(segment: string, text: string, d: Delimiters, decodeBytes: ByteDecoder): SegmentValues {
  const raw = text.split(d.field);
  const isMsh = segment === 'MSH';
  const fields = isMsh ? ['MSH', d.field, ...raw.slice(1)] : raw;
  const values: Record<string, string> = {};
  const cut = new Set<string>();
  if (fields.length - 1 > SEGMENT_LIMITS.fields) cut.add(`fields past ${SEGMENT_LIMITS.fields}`);
  const lastField = Math.min(fields.length - 1, SEGMENT_LIMITS.fields);
  for (let f = 1; f <= lastField; f++) {
    const field = fields[f]!;
    if (field === '') continue;
    if (isMsh && f <= 2) {
      values[columnName(segment, f, 1)] = field;
      continue;
    }
    const repetitions = field.split(d.repetition);
    if (repetitions.length > SEGMENT_LIMITS.repetitions) cut.add(`${segment}-${f} repetitions past ${SEGMENT_LIMITS.repetitions}`);
    repetitions.slice(0, SEGMENT_LIMITS.repetitions).forEach((repetition, r) => {
      const components = repetition.split(d.component);
      if (components.length > SEGMENT_LIMITS.components) cut.add(`${segment}-${f} components past ${SEGMENT_LIMITS.components}`);
      components.slice(0, SEGMENT_LIMITS.components).forEach((component, c) => {
        const subs = component.split(d.subcomponent);
        if (subs.length > SEGMENT_LIMITS.subcomponents) cut.add(`${segment}-${f} subcomponents past ${SEGMENT_LIMITS.subcomponents}`);
        subs.slice(0, SEGMENT_LIMITS.subcomponents).forEach((sub, s) => {
          if (sub === '') return;
          const value = decodeEscapes(sub, d, decodeBytes);
          if (value !== '') values[columnName(segment, f, c + 1, s + 1, r + 1)] = value;
        });
      });
    });
  }
  return cut.size === 0 ? { values } : { values, problem: `not read: ${[...cut].join('; ')}` };
}

const COLUMN = /^[A-Z][A-Z0-9]{2}_(\d+)_(\d+)(?:_(\d+))?(?:_r(\d+))?$/;

/** Sort key of a field column: field, then repetition, component, subcomponent. */
function columnKey(name: string): number[] | null {
  const m = COLUMN.exec(name);
  if (!m) return null;
  return [Number(m[1]), Number(m[4] ?? 1), Number(m[2]), Number(m[3] ?? 1)];
}

/** Orders field columns by field, repetition, component, subcomponent, so the order never depends on the data's order. */
export function compareColumns(a: string, b: string): number {
  const ka = columnKey(a);
  const kb = columnKey(b);
  if (!ka || !kb) return ka ? 1 : kb ? -1 : a < b ? -1 : a > b ? 1 : 0;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}
