import Database from 'better-sqlite3';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/**
 * Opens a SQLite file with the settings every database of ours uses: WAL, foreign keys,
 * a busy timeout. Under Electron the utility process points CUTOVER_SQLITE_BINDING at a
 * copy of better-sqlite3 built for Electron's ABI; plain Node uses the installed build.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const nativeBinding = process.env.CUTOVER_SQLITE_BINDING || undefined;
  const db = new Database(file, { readonly: options.readonly ?? false, nativeBinding, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
