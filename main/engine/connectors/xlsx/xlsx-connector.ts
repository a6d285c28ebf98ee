import { defineSource } from '../connector';
import { XlsxConnection } from './xlsx-connection';
import { xlsxConfigSchema } from './xlsx-config';

/** An Excel workbook (.xlsx), streamed: one table per sheet. */
export const xlsxSource = defineSource({
  id: 'xlsx',
  label: 'Excel workbook',
  configSchema: xlsxConfigSchema,
  extensions: ['xlsx', 'xlsm'],
  acceptsFolder: false,
  open: (config, context) => new XlsxConnection(config, context),
});
