import { UserError } from '../../errors';
import type { FolderLayout } from './folder-target-connection';
import { scanNdjsonFile } from './scan-ndjson-file';

/** `Patient.ndjson`: a FHIR resource type name (PascalCase) and the Bulk Data extension. */
const RESOURCE_FILE = /^([A-Z][A-Za-z0-9]*)\.ndjson$/;

/**
 * A FHIR NDJSON target in the Bulk Data layout: one `<ResourceType>.ndjson` per resource
 * type, one resource per line. Columns are the first resource's top-level elements.
 */
export const fhirNdjsonLayout: FolderLayout = {
  kind: 'resource',
  noun: 'resource files',
  tableOf: (fileName) => RESOURCE_FILE.exec(fileName)?.[1] ?? null,
  misnamed: (fileName) => /\.ndjson$/i.test(fileName),
  async scan(file, label, table) {
    const { lines, first } = await scanNdjsonFile(file, label);
    if (!first) return { table: { name: table, kind: 'resource', columns: [], rowEstimate: 0 } };
    const value = first.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UserError('each line must be one FHIR resource (a JSON object)', { file: label, line: first.line });
    }
    const columns = Object.keys(value).map((name) => ({ name }));
    const resourceType = (value as { resourceType?: unknown }).resourceType;
    const scanned = { table: { name: table, kind: 'resource' as const, columns, rowEstimate: lines } };
    if (resourceType === table) return scanned;
    const found = typeof resourceType === 'string' ? `is ${resourceType}` : 'has no resourceType';
    return { ...scanned, problem: { line: first.line, text: `its first resource ${found}, but the file is named ${table}.ndjson` } };
  },
};
