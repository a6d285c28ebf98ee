/**
 * How far two values of one field agree. `missing` means one side or both had no value:
 * it carries weight 0, so an empty field neither helps nor hurts a pair.
 */
export type AgreementLevel = 'agree' | 'partial' | 'disagree' | 'missing';

/** A level a comparator can return once both values are present. */
export type ComparedLevel = Exclude<AgreementLevel, 'missing'>;

/**
 * The levels in code order. Pairs keep their levels as these small codes (one byte a
 * field) so a table's worth of candidate pairs stays compact.
 */
export const LEVELS = ['agree', 'partial', 'disagree', 'missing'] as const satisfies readonly AgreementLevel[];

/** The code of `missing` in {@link LEVELS}. */
export const MISSING_CODE = 3;

/** The code of a level in {@link LEVELS}. */
export function levelCode(level: AgreementLevel): number {
  return LEVELS.indexOf(level);
}

/** The unordered key of a pair of record ids, `a|b` with the smaller id first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
