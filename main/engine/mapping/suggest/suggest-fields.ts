import type { Suggestion } from '../../../../preload/contract/mapping-schemas';
import { rankDrivingTables } from './driving-table';
import { fieldCandidates, labelTables } from './field-candidates';
import type { SuggestInput } from './suggest-input';

export type { SuggestInput } from './suggest-input';
export { suggestDrivingTable, type DrivingTableSuggestion } from './driving-table';

/** How many suggestions each field gets unless the caller says. */
export const DEFAULT_LIMIT = 5;
/** Below this a suggestion is noise and is not returned. */
export const MIN_CONFIDENCE = 0.2;
/** Candidates from another table than the driving one: they would need a join the load does not do. */
const OFF_DRIVING_FACTOR = 0.7;
/** The same, when the driving table is only this engine's guess rather than the contract's. */
const OFF_GUESSED_DRIVING_FACTOR = 0.85;

/**
 * Ranked suggestions for every field of the target table: best first per field, at most
 * `limit` (default 5) each; a field nothing suggests gets an empty list. Candidates from
 * the driving table (the contract's, else the best guess of {@link suggestDrivingTable})
 * rank above the others. Deterministic: ties go by source table, then field.
 */
export function suggestFields(input: SuggestInput, options: { limit?: number } = {}): Map<string, Suggestion[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const candidates = fieldCandidates(input);
  const driving = drivingLabel(input, candidates);
  const out = new Map<string, Suggestion[]>();
  for (const column of input.target.columns) {
    const ranked = (candidates.get(column.name) ?? [])
      .map((s) => weighDriving(s, driving, input.target.name))
      .map((s) => ({ ...s, confidence: Math.round(s.confidence * 100) / 100 }))
      .filter((s) => s.confidence >= MIN_CONFIDENCE)
      .sort(compareSuggestions);
    out.set(column.name, ranked.slice(0, Math.max(0, limit)));
  }
  return out;
}

interface Driving {
  label: string;
  /** Named by the contract rather than guessed here. */
  given: boolean;
}

/** The driving table's label: the one the input names (`table` or `source.table`), else the best guess. */
function drivingLabel(input: SuggestInput, candidates: ReadonlyMap<string, readonly Suggestion[]>): Driving | null {
  if (input.drivingTable) {
    const wanted = input.drivingTable;
    const match = labelTables(input.sources).find(({ profile, label }) => label === wanted || profile.name === wanted || `${profile.source}.${profile.name}` === wanted);
    if (match) return { label: match.label, given: true };
  }
  const guess = rankDrivingTables(input, candidates)[0];
  return guess ? { label: guess.table, given: false } : null;
}

function weighDriving(s: Suggestion, driving: Driving | null, target: string): Suggestion {
  if (!driving || s.sourceTable === null) return s;
  if (s.sourceTable === driving.label) {
    const why = driving.given ? `the table that drives ${target}` : `the table that best fills ${target}`;
    return { ...s, reasons: [...s.reasons, `table: from ${driving.label}, ${why}`] };
  }
  const factor = driving.given ? OFF_DRIVING_FACTOR : OFF_GUESSED_DRIVING_FACTOR;
  return { ...s, confidence: s.confidence * factor, reasons: [...s.reasons, `table: not from ${driving.label}, which drives ${target}; needs a join`] };
}

function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return b.confidence - a.confidence || byText(a.sourceTable, b.sourceTable) || byText(a.sourceField, b.sourceField) ||
    byText(a.class, b.class) || byText(a.expression, b.expression);
}

/** Code-unit order, the same on every machine (locale collation is not); a missing value sorts last. */
function byText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
