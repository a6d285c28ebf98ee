import type { MappingChange, MappingRow, Suggestion, TableSuggestionsView } from '../../../preload/contract';

/** Suggestions this sure are offered for applying in bulk. */
export const CONFIDENT = 0.85;

/** The mapping a suggestion proposes, on top of the field's current one (notes and required kept). */
export function rowFromSuggestion(current: MappingRow, s: Suggestion): MappingRow {
  return {
    ...current,
    class: s.class,
    sourceTable: s.sourceTable,
    sourceField: s.sourceField,
    expression: s.expression,
    crosswalk: s.crosswalk,
  };
}

/**
 * The changes that apply, for every undecided field, its best suggestion when it is at
 * least {@link CONFIDENT} and complete (a lookup needs its crosswalk): what "Apply
 * confident suggestions" does.
 */
export function confidentChanges(table: string, suggested: TableSuggestionsView): MappingChange[] {
  const changes: MappingChange[] = [];
  for (const field of suggested.fields) {
    const best = field.suggestions[0];
    if (field.decided || !best || best.confidence < CONFIDENT) continue;
    if (best.class === 'LOOKUP_TRANSLATION' && !best.crosswalk) continue;
    if (best.class === 'DERIVED' && !best.expression) continue;
    changes.push({
      targetTable: table,
      targetField: field.targetField,
      class: best.class,
      sourceTable: best.sourceTable,
      sourceField: best.sourceField,
      expression: best.expression,
      crosswalk: best.crosswalk,
    });
  }
  return changes;
}
