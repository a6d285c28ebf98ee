import type { ColumnProfile } from '../../../../preload/contract/profile-schemas';

/** A crosswalk as suggestions need it: its name and its codes. */
export interface CrosswalkCodes {
  name: string;
  sourceCodes: readonly string[];
  targetCodes: readonly string[];
}

/** How far a column's values are a crosswalk's source codes. */
export interface CodeOverlap {
  crosswalk: CrosswalkCodes;
  /** Share of the column's profiled values that are source codes of the crosswalk, 0..1. */
  share: number;
  /** Rows when every top value has a count, else distinct values (suppressed counts cannot be weighed). */
  basis: 'rows' | 'distinct values';
  /** Distinct profiled values that are source codes. */
  matched: number;
  /** How much the overlap says, 0..1: the share, discounted when it rests on a single value. */
  strength: number;
}

/** Profiled values hidden by masking (`•••••`, `*****`) say nothing about the codes. */
export function isMasked(value: string): boolean {
  return /^[•*]+$/.test(value.trim());
}

/** Columns with more distinct values than this are not code columns, whatever their top values. */
const MAX_CODE_DISTINCT = 1000;

/**
 * Every crosswalk some of the column's top values are source codes of, the strongest first
 * (ties by name). Compared as the load does, trimmed and exact. Masked and blank values are
 * no evidence; neither are dates, decimals, or a column with too many distinct values.
 */
export function codeOverlaps(column: ColumnProfile, crosswalks: readonly CrosswalkCodes[]): CodeOverlap[] {
  if (column.distinct > MAX_CODE_DISTINCT || ['empty', 'date', 'datetime', 'decimal'].includes(column.type)) return [];
  const values = column.top.map((t) => ({ value: t.value.trim(), count: t.count })).filter((t) => t.value !== '' && !isMasked(t.value));
  if (values.length === 0) return [];
  const byRows = values.every((t) => t.count !== null && t.count > 0);
  const weightOf = (t: { count: number | null }) => (byRows ? t.count! : 1);
  const total = values.reduce((sum, t) => sum + weightOf(t), 0);
  const overlaps: CodeOverlap[] = [];
  for (const crosswalk of crosswalks) {
    const codes = new Set(crosswalk.sourceCodes.map((c) => c.trim()));
    const hits = values.filter((t) => codes.has(t.value));
    if (hits.length === 0) continue;
    const share = hits.reduce((sum, t) => sum + weightOf(t), 0) / total;
    // One matching value is weak evidence unless the crosswalk itself holds one code.
    const needed = Math.min(2, codes.size);
    overlaps.push({ crosswalk, share, basis: byRows ? 'rows' : 'distinct values', matched: hits.length, strength: share * Math.min(1, hits.length / needed) });
  }
  return overlaps.sort((a, b) => b.strength - a.strength || (a.crosswalk.name < b.crosswalk.name ? -1 : 1));
}

/** The overlap in plain words, never quoting a value: "values: 97% of values are source codes of crosswalk sex (by rows)". */
export function describeOverlap(overlap: CodeOverlap): string {
  // Floored, so 100% means every profiled value.
  const percent = Math.floor(overlap.share * 100);
  const basis = overlap.basis === 'rows' ? 'by rows' : 'by distinct value, counts being suppressed';
  return `values: ${percent}% of values are source codes of crosswalk ${overlap.crosswalk.name} (${basis})`;
}
