import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import type { FolderEntry, FolderListing } from '../../../preload/contract';
import { UserError } from '../errors';

/** More entries than anyone scrolls through; a folder of 100k extract files still answers fast. */
export const MAX_ENTRIES = 5000;

/** What to list and where the picker may jump. */
export interface ListFolderOptions {
  /** Show names starting with a dot. */
  hidden?: boolean;
  /** The open project, offered as a place and used when no path is given. */
  projectDir?: string | null;
  /** For a path that does not exist (yet), list the nearest folder above it instead of failing. */
  nearest?: boolean;
}

/**
 * Lists a folder for the path picker: folders first, then files, each by name, with
 * sizes and dates. Names only, never contents. Given a file, lists the folder holding it
 * with the file selected. An entry that cannot be looked at (a broken link, no
 * permission) is left out rather than failing the folder.
 */
export function listFolder(path: string | undefined, options: ListFolderOptions = {}): FolderListing {
  let folder = resolve(path ?? options.projectDir ?? homedir());
  if (options.nearest) folder = nearestExisting(folder);
  let selected: string | null = null;
  let dirents: Dirent[];
  try {
    if (!statSync(folder).isDirectory()) {
      selected = basename(folder);
      folder = dirname(folder);
    }
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UserError(describeFsError(error), { file: folder, field: 'path' }, isMissing(error) ? 'NOT_FOUND' : 'BAD_INPUT');
  }
  const visible = dirents.filter((d) => options.hidden || !d.name.startsWith('.'));
  const entries = visible.flatMap((d) => entryOf(folder, d)).sort(byKindThenName);
  const parent = dirname(folder);
  return {
    path: folder,
    parent: parent === folder ? null : parent,
    separator: sep,
    entries: entries.slice(0, MAX_ENTRIES),
    truncated: entries.length > MAX_ENTRIES,
    selected,
    places: places(options.projectDir ?? null, folder),
  };
}

function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current)) {
    const up = dirname(current);
    if (up === current) return current;
    current = up;
  }
  return current;
}

function entryOf(folder: string, dirent: Dirent): FolderEntry[] {
  try {
    // statSync follows links: a link to a folder is listed as the folder it points at.
    const stat = statSync(join(folder, dirent.name));
    if (!stat.isDirectory() && !stat.isFile()) return [];
    const isFolder = stat.isDirectory();
    return [{ name: dirent.name, kind: isFolder ? 'folder' : 'file', size: isFolder ? null : stat.size, modified: stat.mtime.toISOString() }];
  } catch {
    return [];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function byKindThenName(a: FolderEntry, b: FolderEntry): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  return collator.compare(a.name, b.name);
}

/** The project, home, and every file-system root (each drive letter on Windows). */
function places(projectDir: string | null, folder: string): FolderListing['places'] {
  const list: FolderListing['places'] = [];
  if (projectDir) list.push({ label: 'Project', path: resolve(projectDir) });
  list.push({ label: 'Home', path: homedir() });
  if (process.platform === 'win32') {
    for (const letter of 'CDEFGHIJKLMNOPQRSTUVWXYZ') {
      const drive = `${letter}:\\`;
      if (existsSync(drive)) list.push({ label: drive, path: drive });
    }
  } else {
    list.push({ label: 'Computer', path: parse(folder).root || '/' });
  }
  return list;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no folder at this path';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to look inside this folder';
    default:
      return 'this folder cannot be listed';
  }
}
