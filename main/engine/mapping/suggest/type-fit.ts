import type { ColumnProfile } from '../../../../preload/contract/profile-schemas';
import type { CatalogColumn } from '../../catalog/catalog';
import { dateLayout } from './date-layout';

/** What a target column holds, read from its declared SQL type. */
export type TargetKind = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'other';

/** How well source values go into a target column; `factor` scales the suggestion's confidence. */
export interface TypeFit {
  fit: 'good' | 'fair' | 'poor' | 'bad';
  factor: number;
  reasons: string[];
}

/** Confidence factors: a poor fit still shows (it may be the right field, needing work); a bad one rarely is. */
export const FIT_FACTORS = { good: 1, fair: 0.85, poor: 0.7, bad: 0.3 } as const;
/** An empty source column can be named right and still fill nothing. */
const EMPTY_FACTOR = 0.4;

/** The kind of a declared type (`VARCHAR(60)` → text, `BIGINT` → integer, `TIMESTAMP` → datetime). */
export function targetKind(column: CatalogColumn): TargetKind {
  const base = column.type.toUpperCase().replace(/\(.*$/, '').trim();
  if (/^(BIG|SMALL|TINY|MEDIUM)?INT(EGER)?[248]?$/.test(base)) return 'integer';
  if (/^(NUMERIC|DECIMAL|REAL|FLOAT[48]?|DOUBLE( PRECISION)?|NUMBER|MONEY)$/.test(base)) return 'decimal';
  if (base === 'DATE') return 'date';
  if (/^(TIMESTAMP|DATETIME)/.test(base)) return 'datetime';
  if (/^(BOOL(EAN)?|BIT)$/.test(base)) return 'boolean';
  if (/CHAR|TEXT|CLOB|STRING|UUID|TIME/.test(base)) return 'text';
  return 'other';
}

/** What a profiled type holds, in words. */
export const SOURCE_WORDS: Record<ColumnProfile['type'], string> = {
  empty: 'nothing',
  boolean: 'yes/no values',
  integer: 'whole numbers',
  decimal: 'decimal numbers',
  date: 'dates',
  datetime: 'date-times',
  code: 'codes',
  text: 'text',
};

/**
 * How the profiled values of a source column fit a target column: its type, its length
 * (`VARCHAR(n)` against the longest value), and NOT NULL against the empty share. Says
 * why in plain words, never quoting a value.
 */
export function typeFit(target: CatalogColumn, source: ColumnProfile): TypeFit {
  const reasons: string[] = [];
  if (source.type === 'empty') return { fit: 'bad', factor: EMPTY_FACTOR, reasons: ['type: the source column is empty'] };
  const kind = targetKind(target);
  const values = SOURCE_WORDS[source.type];
  let fit = kindFit(kind, source);
  if (fit === 'good' || fit === 'fair') reasons.push(`type: ${values} into ${target.type}`);
  else reasons.push(`type: values are ${values}, the target is ${target.type}`);
  if (kind === 'text' && target.length !== null && source.lengthMax !== null) {
    if (source.lengthMax > target.length) {
      fit = worse(fit, 'poor');
      reasons.push(`length: longest value ${source.lengthMax} characters, target holds ${target.length}`);
    } else {
      reasons.push(`length: longest value ${source.lengthMax} characters fits ${target.length}`);
    }
  }
  const required = requiredFit(target, source);
  return { fit, factor: FIT_FACTORS[fit] * required.factor, reasons: [...reasons, ...required.reasons] };
}

/** A NOT NULL target fed from a column that is often empty: the load will reject those rows. */
export function requiredFit(target: CatalogColumn, source: ColumnProfile): { factor: number; reasons: string[] } {
  if (!target.notNull || source.nullRate === null || source.nullRate <= 0.05) return { factor: 1, reasons: [] };
  return { factor: 0.9, reasons: [`required: the target needs a value but ${Math.round(source.nullRate * 100)}% of source rows are empty`] };
}

function kindFit(kind: TargetKind, source: ColumnProfile): TypeFit['fit'] {
  const type = source.type;
  switch (kind) {
    case 'text':
      return 'good';
    case 'integer':
      return type === 'integer' ? 'good' : type === 'boolean' ? 'fair' : type === 'decimal' ? 'poor' : 'bad';
    case 'decimal':
      return type === 'integer' || type === 'decimal' ? 'good' : 'bad';
    case 'date':
    case 'datetime':
      if (type === 'date' || type === 'datetime') return 'good';
      // Dirty dates profile as text or codes; their patterns still say they are dates.
      return dateLayout(source) ? 'fair' : 'bad';
    case 'boolean':
      return type === 'boolean' ? 'good' : source.distinct <= 2 ? 'fair' : 'bad';
    case 'other':
      return 'fair';
  }
}

const ORDER = ['good', 'fair', 'poor', 'bad'] as const;

function worse(a: TypeFit['fit'], b: TypeFit['fit']): TypeFit['fit'] {
  return ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))]!;
}
