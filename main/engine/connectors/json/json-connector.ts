import { defineSource } from '../connector';
import { jsonConfigSchema } from './json-config';
import { JsonConnection } from './json-connection';

/** JSON documents (an array of objects, or an object holding arrays of objects) and NDJSON. */
export const jsonSource = defineSource({
  id: 'json',
  label: 'JSON / NDJSON',
  configSchema: jsonConfigSchema,
  extensions: ['json', 'ndjson', 'jsonl'],
  acceptsFolder: true,
  open: (config, context) => new JsonConnection(config, context),
});
