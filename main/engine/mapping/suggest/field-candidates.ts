import type { Suggestion } from '../../../../preload/contract/mapping-schemas';
import type { TableProfile } from '../../../../preload/contract/profile-schemas';
import { recipeSuggestions } from './derived-recipes';
import { scoreCandidate } from './score-candidate';
import type { SuggestInput } from './suggest-input';

/** A source table with the name suggestions give it. */
export interface LabelledTable {
  profile: TableProfile;
  /** `patients`, or `pas.patients` when another source has a table of the same name. */
  label: string;
}

/** Each source table with its label: bare unless two sources hold a table of that name, as the contract writes them. */
export function labelTables(sources: readonly TableProfile[]): LabelledTable[] {
  const counts = new Map<string, number>();
  for (const t of sources) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  return sources.map((profile) => ({ profile, label: (counts.get(profile.name) ?? 0) > 1 ? `${profile.source}.${profile.name}` : profile.name }));
}

/**
 * Every candidate for every field of the target table, unranked and before the driving
 * table is weighed: each source column scored against each field, plus the recipes that
 * combine several columns. Keyed by target field, in catalog order.
 */
export function fieldCandidates(input: SuggestInput): Map<string, Suggestion[]> {
  const tables = labelTables(input.sources);
  const out = new Map<string, Suggestion[]>();
  for (const column of input.target.columns) {
    const found: Suggestion[] = [];
    for (const { profile, label } of tables) {
      const context = { target: input.target, column, tableLabel: label, tableName: profile.name, crosswalks: input.crosswalks };
      for (const source of profile.columns) {
        const candidate = scoreCandidate(context, source);
        if (candidate) found.push(candidate);
      }
      found.push(...recipeSuggestions(input.target, column, profile, label));
    }
    out.set(column.name, found);
  }
  return out;
}
