import { z } from 'zod';

/** Options of a SQLite source in project.yaml. */
export const sqliteConfigSchema = z
  .object({
    path: z.string().min(1).describe('a SQLite database file (.db, .sqlite, .sqlite3), relative to the project folder; opened read-only'),
  })
  .strict();

/** A SQLite source's options. */
export type SqliteConfig = z.infer<typeof sqliteConfigSchema>;
