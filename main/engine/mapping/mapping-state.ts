import { join } from 'node:path';
import type { MappingState } from '../../../preload/contract/mapping-schemas';
import { ContractVersions } from '../../store/contract-versions';
import { ProfileStore } from '../../store/profile-store';
import { RunStore } from '../../store/run-store';
import { catalogView } from '../catalog/catalog-view';
import { loadTargetCatalog } from '../catalog/load-catalog';
import { PROJECT_FILES } from '../project/project-files';
import { projectSchema, type ProjectConfig } from '../project/project-schema';
import { readYamlOrThrow } from '../project/read-yaml';
import { readSourceTables } from '../project/source-tables';
import { readContractFile } from './contract-file';
import { contractCoverage } from './coverage';
import { readCrosswalks } from './crosswalks';
import { toMappingRow } from './edit-contract';
import { readContract } from './read-contract';

/**
 * Everything the Mapping page shows, read afresh: the contract (valid rows, and the
 * problems of the others), its coverage of the catalog, the source tables to map from
 * (from the newest profile, which knows types and flags, or else from discovery), the
 * crosswalks and the newest stored version.
 */
export async function readMappingState(projectDir: string): Promise<MappingState> {
  const config = readYamlOrThrow(join(projectDir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  const file = readContractFile(projectDir);
  const { mappings, problems } = readContract(join(projectDir, PROJECT_FILES.contract));
  const { catalog, origin } = loadTargetCatalog(projectDir, config.target);
  const { crosswalks } = readCrosswalks(projectDir);
  const store = RunStore.open(projectDir);
  let profile;
  let latestVersion;
  try {
    profile = new ProfileStore(store.db).latestProfile();
    latestVersion = new ContractVersions(store.db).latest();
  } finally {
    store.close();
  }
  const sources = profile
    ? profile.tables.map((t) => ({ source: t.source, table: t.name, rows: t.rows, columns: t.columns.map((c) => ({ name: c.name, type: c.type, flags: [...c.flags] })) }))
    : await discoveredSources(projectDir, config);
  return {
    sha256: file.sha256,
    rows: mappings.map((m) => ({ ...toMappingRow(m), line: m.line })),
    problems,
    coverage: contractCoverage(catalog, mappings),
    catalog: catalogView(catalog, origin),
    sources,
    sourcesFrom: profile ? 'profile' : 'discovery',
    crosswalks: [...crosswalks.values()].map((c) => ({ name: c.name, codes: c.codes.size })),
    latestVersion,
  };
}

/** Source tables by discovery: names only; a source that cannot be read is left out (the Connectors page says why). */
async function discoveredSources(projectDir: string, config: ProjectConfig): Promise<MappingState['sources']> {
  const { tables } = await readSourceTables(projectDir, config);
  return tables.map((t) => ({ source: t.sourceId, table: t.name, rows: t.rowEstimate, columns: t.columns.map((name) => ({ name, type: null, flags: [] })) }));
}
