import { resolve } from 'node:path';
import { z } from 'zod';
import { isUserError, UserError } from '../../errors';
import { inBatches, previewRows } from '../batches';
import { defineSource, type ReadOptions, type SourceConnection, type SourceRecord, type TestReport } from '../connector';
import { listFhirFiles } from './fhir-files';
import { sourceRows } from './fhir-rows';
import { scanFhir, type FhirScan } from './scan-fhir';

/** Options of a FHIR R4 source in project.yaml. */
export const fhirConfigSchema = z.object({
  /** A Bundle JSON file, a Bulk Data `.ndjson` file, or a folder of either, relative to the project. */
  path: z.string().min(1),
});

/** Options of a FHIR R4 source. */
export type FhirConfig = z.infer<typeof fhirConfigSchema>;

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

function summarize(scan: FhirScan): TestReport {
  const ok = scan.failures.length === 0 && scan.resources > 0;
  const summary = ok
    ? `${scan.files} files, ${scan.resources} resources, ${scan.tables.length} resource types`
    : `${scan.failures.length} of ${scan.files} files unreadable, ${scan.resources} resources read`;
  return { ok, summary, problems: scan.problems, detected: { files: scan.files, resources: scan.resources, resourceTypes: scan.tables.length } };
}

function openFhir(config: FhirConfig, baseDir: string): SourceConnection {
  const path = resolve(baseDir, config.path);
  const files = () => listFhirFiles(path, config.path);
  let scanned: Promise<FhirScan> | null = null;
  // One full pass serves test() and discover(); a connection is short-lived, so the files do not change under it.
  const scan = () => (scanned ??= scanFhir(files()));

  async function* rows(table: string, signal?: AbortSignal): AsyncGenerator<SourceRecord> {
    for await (const row of sourceRows(files(), table, signal)) yield row.record;
  }

  function read(table: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
    if (!RESOURCE_TYPE.test(table)) throw new UserError(`"${table}" is not a FHIR resource type (such as Patient)`, { file: config.path });
    return inBatches(rows(table, options.signal), options);
  }

  return {
    async test() {
      try {
        return summarize(await scan());
      } catch (error) {
        if (!isUserError(error)) throw error;
        return { ok: false, summary: error.message, problems: [{ file: error.place.file ?? config.path, text: error.message }] };
      }
    },
    async discover() {
      const result = await scan();
      if (result.failures[0]) throw result.failures[0];
      return result.tables;
    },
    preview: (table, limit) => previewRows(read, table, limit),
    read,
    async close() {},
  };
}

/** FHIR R4 Bundles and Bulk Data NDJSON: one table per resource type, common elements flattened to columns. */
export const fhirSource = defineSource<FhirConfig>({
  id: 'fhir',
  label: 'FHIR R4 (Bundles, Bulk NDJSON)',
  configSchema: fhirConfigSchema,
  extensions: ['json', 'ndjson', 'jsonl'],
  acceptsFolder: true,
  open: (config, context) => openFhir(config, context.baseDir),
});
