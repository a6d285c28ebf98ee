import { join } from 'node:path';
import { catalogView } from '../catalog/catalog-view';
import { loadTargetCatalog } from '../catalog/load-catalog';
import { PROJECT_FILES } from '../project/project-files';
import { projectSchema } from '../project/project-schema';
import { readYamlOrThrow } from '../project/read-yaml';
import { readContractFile } from './contract-file';
import { contractCoverage } from './coverage';
import { readCrosswalks } from './crosswalks';
import { docCrosswalks } from './etl-docs/etl-doc-input';
import { etlHtml } from './etl-docs/html';
import { etlMarkdown } from './etl-docs/markdown';
import { readContract } from './read-contract';

/** The forms the contract leaves the app in. */
export type ContractExportFormat = 'csv' | 'markdown' | 'html';

/** An exported document: its suggested file name, its type and its text. */
export interface ContractExport {
  fileName: string;
  mimeType: string;
  content: string;
}

/**
 * The contract as a file to hand over: the CSV itself (for review in a spreadsheet and
 * import back), or the ETL documentation generated from it in Markdown or self-contained
 * HTML. Documents describe the mapping only, never source values.
 */
export function exportContract(projectDir: string, format: ContractExportFormat, now = new Date()): ContractExport {
  const file = readContractFile(projectDir);
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'csv') return { fileName: `contract-${stamp}.csv`, mimeType: 'text/csv', content: file.text };
  const config = readYamlOrThrow(join(projectDir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  const { mappings } = readContract(join(projectDir, PROJECT_FILES.contract));
  const { catalog, origin } = loadTargetCatalog(projectDir, config.target);
  const input = {
    project: { name: config.name, description: config.description },
    generatedAt: now.toISOString(),
    contractHash: file.sha256.slice(0, 12),
    catalog: catalogView(catalog, origin),
    mappings,
    coverage: contractCoverage(catalog, mappings),
    crosswalks: docCrosswalks(readCrosswalks(projectDir).crosswalks),
  };
  return format === 'html'
    ? { fileName: `etl-spec-${stamp}.html`, mimeType: 'text/html', content: etlHtml(input) }
    : { fileName: `etl-spec-${stamp}.md`, mimeType: 'text/markdown', content: etlMarkdown(input) };
}
