import { defineTarget } from '../connector';
import { fhirNdjsonLayout } from './fhir-ndjson-layout';
import { FolderTargetConnection } from './folder-target-connection';
import { fhirNdjsonTargetConfigSchema } from './target-config';

/** A folder of `<ResourceType>.ndjson` files (FHIR Bulk Data layout); created when missing. */
export const fhirNdjsonTarget = defineTarget({
  id: 'fhir-ndjson',
  label: 'FHIR NDJSON (Bulk Data)',
  configSchema: fhirNdjsonTargetConfigSchema,
  extensions: [],
  acceptsFolder: true,
  open: (config, context) => new FolderTargetConnection(config, context, fhirNdjsonLayout),
});
