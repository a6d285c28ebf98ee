import { defineSource } from '../connector';
import { sqliteConfigSchema } from './sqlite-config';
import { SqliteConnection } from './sqlite-connection';

/** A SQLite database file, opened read-only: one table per table or view. */
export const sqliteSource = defineSource({
  id: 'sqlite',
  label: 'SQLite database',
  configSchema: sqliteConfigSchema,
  extensions: ['db', 'sqlite', 'sqlite3', 'db3'],
  acceptsFolder: false,
  open: (config, context) => new SqliteConnection(config, context),
});
