import { defineTarget } from '../connector';
import { SqliteTargetConnection } from './sqlite-target-connection';
import { sqliteTargetConfigSchema } from './target-config';

/** A SQLite database file (the default target); created when missing. */
export const sqliteTarget = defineTarget({
  id: 'sqlite',
  label: 'SQLite database',
  configSchema: sqliteTargetConfigSchema,
  extensions: ['db', 'sqlite', 'sqlite3'],
  acceptsFolder: false,
  open: (config, context) => new SqliteTargetConnection(config, context),
});
