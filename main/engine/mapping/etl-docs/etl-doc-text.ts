import type { TableCoverage } from '../coverage';
import type { FieldEntry } from './etl-doc-model';

/** The counts a coverage line reports, with the words both documents print for them. */
export type CoverageCounts = Pick<TableCoverage, 'fields' | 'decided' | 'unresolved' | 'requiredUnresolved' | 'approved'>;

/** The coverage measures in print order, each with its label. */
export const COVERAGE_MEASURES: readonly { key: keyof CoverageCounts; label: string }[] = [
  { key: 'fields', label: 'Fields' },
  { key: 'decided', label: 'Decided' },
  { key: 'unresolved', label: 'Unresolved' },
  { key: 'requiredUnresolved', label: 'Required but unresolved' },
  { key: 'approved', label: 'Approved' },
];

/**
 * A share as a whole percentage, rounded down: a board reading "100% decided" must be
 * able to trust that nothing is left, which rounding to nearest would not guarantee.
 */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.floor((part / whole) * 100)}%`;
}

/** One line of coverage: `18 fields · 17 decided (94%) · 1 unresolved · …`. */
export function coverageLine(c: CoverageCounts): string {
  return [
    `${c.fields} ${plural(c.fields, 'field')}`,
    `${c.decided} decided (${percent(c.decided, c.fields)})`,
    `${c.unresolved} unresolved`,
    `${c.requiredUnresolved} required but unresolved`,
    `${c.approved} approved (${percent(c.approved, c.fields)})`,
  ].join(' · ');
}

/** Why a field must be filled: the catalog's NOT NULL, the contract's required flag, or both; empty when optional. */
export function requiredReasons(f: FieldEntry): string[] {
  return [...(f.notNull ? ['NOT NULL'] : []), ...(f.required ? ['required'] : [])];
}

/** {@link requiredReasons} in words, `optional` when there are none. */
export function requiredText(f: FieldEntry): string {
  const reasons = requiredReasons(f);
  return reasons.length > 0 ? reasons.join(', ') : 'optional';
}

/** The flag an unresolved field carries; null when it is decided. */
export function unresolvedFlag(f: FieldEntry): string | null {
  if (!f.unresolved) return null;
  const base = f.blocking ? 'UNRESOLVED, REQUIRED' : 'UNRESOLVED';
  return f.inContract ? base : `${base} (not in contract)`;
}

/** Review status in words: `approved by J. Bloggs`, `review`, `draft`, or that there is no row. */
export function statusText(f: FieldEntry): string {
  if (f.status === null) return 'no contract row';
  if (f.status === 'approved') return f.approvedBy ? `approved by ${f.approvedBy}` : 'approved';
  return f.status;
}

/** One part of how a field is filled; `code` parts are printed as code. */
export interface RulePart {
  label: 'expression' | 'crosswalk' | 'default';
  value: string;
  code: boolean;
  /** Set for a crosswalk the project does not have. */
  missing?: boolean;
}

/** The expression, crosswalk and default of a field, whichever it has, in that order. */
export function ruleParts(f: FieldEntry): RulePart[] {
  const parts: RulePart[] = [];
  if (f.expression !== null) parts.push({ label: 'expression', value: f.expression, code: true });
  if (f.crosswalk !== null) parts.push({ label: 'crosswalk', value: f.crosswalk, code: false, missing: !f.crosswalkFound });
  if (f.default !== null) parts.push({ label: 'default', value: f.default, code: true });
  return parts;
}

/** The key roles of a field: `PK`, and `FK → TABLE.column` for each reference. */
export function keyRoles(f: FieldEntry): string[] {
  return [...(f.primaryKey ? ['PK'] : []), ...f.references.map((r) => `FK → ${r}`)];
}

/** `1 field`, `2 fields`. */
export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
