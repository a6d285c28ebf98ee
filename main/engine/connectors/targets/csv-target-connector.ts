import { defineTarget } from '../connector';
import { csvFolderLayout } from './csv-folder-layout';
import { FolderTargetConnection } from './folder-target-connection';
import { csvTargetConfigSchema } from './target-config';

/** A folder of CSV files, one per table; created when missing. */
export const csvTarget = defineTarget({
  id: 'csv',
  label: 'CSV folder',
  configSchema: csvTargetConfigSchema,
  extensions: [],
  acceptsFolder: true,
  open: (config, context) => new FolderTargetConnection(config, context, csvFolderLayout),
});
