import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../../../store/open-database';
import { UserError } from '../../errors';

/**
 * Turns what SQLite says about a file into a {@link UserError} naming it. SQLite's own
 * messages name tables and columns at most, never row values, so they may be shown.
 * Anything that is not a SQLite error is a bug and is thrown as it is.
 */
export function sqliteFileError(error: unknown, label: string, where?: string): Error {
  const code = (error as { code?: unknown }).code;
  if (!(error instanceof Error) || error.name !== 'SqliteError' || typeof code !== 'string') return error as Error;
  const place = { file: label };
  const suffix = where ? ` (${where})` : '';
  if (code === 'SQLITE_NOTADB') return new UserError('not a SQLite database', place);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new UserError(`database is damaged${suffix}: ${error.message}`, place);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new UserError(`database is locked by another program${suffix}`, place);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return new UserError('cannot open the database file', place);
  return new UserError(`cannot read the database${suffix}: ${error.message}`, place);
}

/**
 * Opens a user's SQLite file strictly read-only (`readonly` and `query_only`), so reading
 * a source can never change it, and reads the schema at once: SQLite opens any file
 * lazily, and a text file or a damaged database must fail here, with its name, rather
 * than halfway through a run. CUTOVER_SQLITE_BINDING is honoured as in `openDatabase`.
 */
export function openSqliteFile(file: string, label: string): Db {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UserError('file not found', { file: label });
  }
  if (!isFile) throw new UserError('is a folder, not a SQLite database file', { file: label });
  let db: Db | undefined;
  try {
    const nativeBinding = process.env.CUTOVER_SQLITE_BINDING || undefined;
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    db.pragma('query_only = ON');
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db?.close();
    throw sqliteFileError(error, label);
  }
}
