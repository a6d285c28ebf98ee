import { join } from 'node:path';
import type { Profile, Suggestion } from '../../../preload/contract';
import { ProfileStore } from '../../store/profile-store';
import { RunStore } from '../../store/run-store';
import { findTable, type Catalog } from '../catalog/catalog';
import { loadTargetCatalog } from '../catalog/load-catalog';
import { UserError } from '../errors';
import { PROJECT_FILES } from '../project/project-files';
import { projectSchema } from '../project/project-schema';
import { readYamlOrThrow } from '../project/read-yaml';
import { readCrosswalks } from './crosswalks';
import { drivingSources } from '../pipeline/driving-source';
import { readContract } from './read-contract';
import { suggestDrivingTable, suggestFields, type SuggestInput } from './suggest/suggest-fields';

/** Suggestions for one target table: the source table to drive it from, and per field the ranked ways to fill it. */
export interface TableSuggestions {
  table: string;
  /** The table the contract already drives it from, if any; else null. */
  drivingTable: string | null;
  /** The best source table to drive it from, when the contract has not chosen one. */
  suggestedDriving: { table: string; confidence: number; reasons: string[] } | null;
  fields: { targetField: string; decided: boolean; suggestions: Suggestion[] }[];
}

/**
 * Ranks suggestions for the target tables (all, or the ones named) from the newest stored
 * profile, the catalog and the crosswalks. Suggestions need a profile, because types,
 * patterns and values are half the evidence; without one this is a UserError saying so.
 */
export function suggestForProject(projectDir: string, options: { tables?: readonly string[]; profile?: Profile; limit?: number } = {}): TableSuggestions[] {
  const config = readYamlOrThrow(join(projectDir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  const profile = options.profile ?? latestProfile(projectDir);
  if (!profile) throw new UserError('suggestions need a profile of the sources; profile them first (cutover profile, or the Profile page)', {}, 'NOT_FOUND');
  const { catalog } = loadTargetCatalog(projectDir, config.target);
  const { mappings } = readContract(join(projectDir, PROJECT_FILES.contract));
  const crosswalks = [...readCrosswalks(projectDir).crosswalks.values()].map((c) => ({ name: c.name, sourceCodes: [...c.codes.keys()], targetCodes: [...c.codes.values()] }));
  const driving = new Map(drivingSources(mappings).map((d) => [d.table.toLowerCase(), d.sources[0] ?? null]));
  return chosenTables(catalog, options.tables).map((target) => {
    const drivingTable = driving.get(target.name.toLowerCase()) ?? null;
    const input: SuggestInput = { target, sources: profile.tables, crosswalks, drivingTable };
    const decided = new Set(mappings.filter((m) => m.target_table.toLowerCase() === target.name.toLowerCase() && m.class !== 'UNRESOLVED').map((m) => m.target_field.toLowerCase()));
    const ranked = suggestFields(input, { limit: options.limit });
    return {
      table: target.name,
      drivingTable,
      suggestedDriving: drivingTable ? null : suggestDrivingTable(input),
      fields: target.columns.map((c) => ({ targetField: c.name, decided: decided.has(c.name.toLowerCase()), suggestions: ranked.get(c.name) ?? [] })),
    };
  });
}

function chosenTables(catalog: Catalog, names: readonly string[] | undefined) {
  if (!names || names.length === 0) return catalog.tables;
  return names.map((name) => {
    const table = findTable(catalog, name);
    if (!table) throw new UserError(`no target table named "${name}" in the catalog`, { field: 'table' }, 'NOT_FOUND');
    return table;
  });
}

function latestProfile(projectDir: string): Profile | null {
  const store = RunStore.open(projectDir);
  try {
    return new ProfileStore(store.db).latestProfile();
  } finally {
    store.close();
  }
}
