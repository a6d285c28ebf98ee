import type { Suggestion } from '../../../../preload/contract/mapping-schemas';
import { fieldCandidates, labelTables } from './field-candidates';
import type { SuggestInput } from './suggest-input';
import { tableSimilarity } from './table-similarity';

/** The source table proposed to drive a target table (one target row per source row). */
export interface DrivingTableSuggestion {
  /** As the contract names it: `patients`, or `pas.patients` when two sources hold one. */
  table: string;
  confidence: number;
  reasons: string[];
}

/** How much the fields say against the table names: fields decide, names break near-ties. */
const FIELD_WEIGHT = 0.6;
const NAME_WEIGHT = 0.4;
const LOWEST_CONFIDENCE = 0.2;

/**
 * Picks the source table that best fills the target table as a whole: how well its
 * columns fill the target's fields (key fields count three times, NOT NULL ones twice),
 * and how like the target's its name is (`LOAD_PATIENT` and OMOP `person` ← `patients`).
 * Null when there are no sources or none fills anything.
 */
export function suggestDrivingTable(input: SuggestInput): DrivingTableSuggestion | null {
  return rankDrivingTables(input, fieldCandidates(input))[0] ?? null;
}

/** Every source table that could drive the target, best first (ties by name), from candidates already scored. */
export function rankDrivingTables(input: SuggestInput, candidates: ReadonlyMap<string, readonly Suggestion[]>): DrivingTableSuggestion[] {
  const keys = new Set(input.target.primaryKey.map((k) => k.toLowerCase()));
  const weightOf = (field: string) => {
    const column = input.target.columns.find((c) => c.name === field);
    return keys.has(field.toLowerCase()) ? 3 : column?.notNull ? 2 : 1;
  };
  // Only fields some table can fill count: a constant or an unheld field says nothing about which table drives.
  const fillable = [...candidates].filter(([, list]) => list.some((s) => s.confidence >= LOWEST_CONFIDENCE));
  const totalWeight = fillable.reduce((sum, [field]) => sum + weightOf(field), 0);

  const ranked: DrivingTableSuggestion[] = [];
  for (const { profile, label } of labelTables(input.sources)) {
    let covered = 0;
    let filled = 0;
    let bestFor = 0;
    for (const [field, list] of fillable) {
      const own = Math.max(0, ...list.filter((s) => s.sourceTable === label).map((s) => s.confidence));
      if (own < LOWEST_CONFIDENCE) continue;
      filled++;
      covered += weightOf(field) * own;
      if (own >= Math.max(...list.map((s) => s.confidence))) bestFor++;
    }
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const name = tableSimilarity(input.target.name, profile.name);
    const confidence = Math.round((FIELD_WEIGHT * coverage + NAME_WEIGHT * (name?.score ?? 0)) * 100) / 100;
    if (confidence < LOWEST_CONFIDENCE) continue;
    const reasons = [`fields: fills ${filled} of the ${fillable.length} fields any source table can fill, the best source for ${bestFor}`];
    if (name) reasons.push(name.reason);
    ranked.push({ table: label, confidence, reasons });
  }
  return ranked.sort((a, b) => b.confidence - a.confidence || (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
}
