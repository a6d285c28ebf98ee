import type { FolderEntry, PickMode } from '../../../preload/contract';

/** A step of the breadcrumb trail: its label and the folder it opens. */
export interface Crumb {
  label: string;
  path: string;
}

/** A path inside `folder`, with the separator of the machine holding the files. */
export function childPath(folder: string, name: string, separator: string): string {
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

/**
 * The breadcrumb trail of an absolute path: the root first (`/` or `C:\`), then each
 * folder on the way down.
 */
export function crumbsOf(path: string, separator: string): Crumb[] {
  const parts = path.split(separator).filter((p, i) => p !== '' || i === 0);
  const rootLabel = parts[0] === '' ? separator : `${parts[0]}${separator}`;
  const crumbs: Crumb[] = [{ label: rootLabel, path: rootLabel }];
  let current = rootLabel;
  for (const part of parts.slice(1)) {
    current = childPath(current, part, separator);
    crumbs.push({ label: part, path: current });
  }
  return crumbs;
}

/** Whether a file name ends in one of the extensions (no dots, any case); true when none are given. */
export function matchesExtensions(name: string, extensions: readonly string[] | undefined): boolean {
  if (!extensions || extensions.length === 0) return true;
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(`.${ext.toLowerCase()}`));
}

/** A file size as people read it: "812 B", "4.2 kB", "1.3 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/**
 * What "Choose" would hand back: the selected entry when the mode allows its kind, or,
 * with nothing selected, the folder being shown when folders are wanted. Null when the
 * choice is not yet possible (a file is wanted and none is selected).
 */
export function choiceFor(mode: PickMode, folder: string, selected: FolderEntry | null, separator: string): string | null {
  if (selected) {
    const allowed = mode === 'either' || (mode === 'file' ? selected.kind === 'file' : selected.kind === 'folder');
    return allowed ? childPath(folder, selected.name, separator) : null;
  }
  return mode === 'file' ? null : folder;
}

/** The folder to start browsing in for a path typed so far: its folder if it looks absolute, else none. */
export function startFolderFor(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(trimmed)) return undefined;
  return trimmed;
}
