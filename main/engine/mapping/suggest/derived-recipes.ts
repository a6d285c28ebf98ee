import type { Suggestion } from '../../../../preload/contract/mapping-schemas';
import type { ColumnProfile, TableProfile } from '../../../../preload/contract/profile-schemas';
import type { CatalogColumn, CatalogTable } from '../../catalog/catalog';
import { dateLayout, isoDateExpression } from './date-layout';
import { fieldRef } from './expression-text';
import { synonymGroupOf } from './name-similarity';
import { targetKind } from './type-fit';

/** How sure a recipe is when its columns are found: they are found by name and layout, not by values. */
const RECIPE_CONFIDENCE = 0.75;

/**
 * Suggestions no single column gives: a field computed from several of the table's
 * columns. Today one recipe, a length of stay as the days from the admission date to the
 * discharge date; a new recipe is another function added to the list below.
 */
export function recipeSuggestions(target: CatalogTable, column: CatalogColumn, table: TableProfile, tableLabel: string): Suggestion[] {
  return RECIPES.flatMap((recipe) => {
    const found = recipe(column, table);
    if (!found) return [];
    return [{
      targetTable: target.name, targetField: column.name, class: 'DERIVED' as const, sourceTable: tableLabel, sourceField: null,
      expression: found.expression, crosswalk: null, confidence: RECIPE_CONFIDENCE, reasons: found.reasons,
    }];
  });
}

type Recipe = (column: CatalogColumn, table: TableProfile) => { expression: string; reasons: string[] } | null;

const lengthOfStay: Recipe = (column, table) => {
  const kind = targetKind(column);
  if ((kind !== 'integer' && kind !== 'decimal') || synonymGroupOf(column.name) !== synonymGroupOf('length_of_stay')) return null;
  const start = isoDateOf(table, 'admission_date');
  const end = isoDateOf(table, 'discharge_date');
  if (!start || !end) return null;
  return {
    expression: `days_between(${start.expression}, ${end.expression})`,
    reasons: [
      `name: ${column.name} is a length of stay`,
      `derived: days from ${start.column.name} to ${end.column.name}, both dates in ${table.name}`,
    ],
  };
};

const RECIPES: readonly Recipe[] = [lengthOfStay];

/** The first column of the table (by name, for determinism) that means `concept` and holds dates, as an ISO date expression. */
function isoDateOf(table: TableProfile, concept: string): { column: ColumnProfile; expression: string } | null {
  const group = synonymGroupOf(concept);
  const columns = [...table.columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const column of columns) {
    if (synonymGroupOf(column.name) !== group) continue;
    const layout = dateLayout(column);
    const expression = layout ? isoDateExpression(column.name, layout) : undefined;
    if (layout && expression !== undefined) return { column, expression: expression ?? fieldRef(column.name) };
  }
  return null;
}
