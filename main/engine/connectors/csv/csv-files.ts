import { readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../../errors';
import { fileLabel } from '../text/file-label';

/** The file endings a CSV folder's tables are read from. */
export const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** One table of a CSV source: a file, and the name messages show it by. */
export interface CsvFile {
  table: string;
  path: string;
  /** The file as the user named it (relative to the project), for messages. */
  label: string;
}

/**
 * Lists a CSV source's tables: the file itself, or every .csv/.tsv/.txt file of the
 * folder (not its subfolders), sorted. A table is named after its file without the
 * ending; when two files would share a name (`a.csv`, `a.tsv`) the later keeps its ending.
 */
export function listCsvFiles(path: string, baseDir: string): CsvFile[] {
  const full = isAbsolute(path) ? path : resolve(baseDir, path);
  let isFolder: boolean;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    throw new UserError('source folder or file not found', { file: path });
  }
  if (!isFolder) return [{ table: tableName(basename(full)), path: full, label: path }];
  const names = readdirSync(full)
    .filter((name) => CSV_EXTENSIONS.includes(extname(name).toLowerCase()) && statSync(join(full, name)).isFile())
    .sort();
  const taken = new Set<string>();
  return names.map((name) => {
    const table = taken.has(tableName(name)) ? name : tableName(name);
    taken.add(table);
    return { table, path: join(full, name), label: fileLabel(path, name) };
  });
}

function tableName(file: string): string {
  return file.slice(0, file.length - extname(file).length);
}
