import { defineSource } from '../connector';
import { csvConfigSchema } from './csv-config';
import { CsvConnection } from './csv-connection';

/** CSV/TSV files: one table per file; a folder of them is one source. */
export const csvSource = defineSource({
  id: 'csv',
  label: 'CSV / TSV',
  configSchema: csvConfigSchema,
  extensions: ['csv', 'tsv', 'txt'],
  acceptsFolder: true,
  open: (config, context) => new CsvConnection(config, context),
});
