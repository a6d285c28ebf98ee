import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Where a target's path stands before anything is written there. */
export type TargetLocation =
  | { kind: 'missing'; problem?: string }
  | { kind: 'file' | 'folder'; problem?: string };

function kindOf(path: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    // ENOENT, or ENOTDIR when a parent on the way is a file: either way, nothing is here.
    return 'missing';
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Looks at a target's path without writing: an existing file or folder must be writable;
 * a missing one must be creatable, which needs its nearest existing ancestor to be a
 * writable folder (a path under a file can never be created).
 */
export function inspectTargetLocation(path: string): TargetLocation {
  const kind = kindOf(path);
  if (kind !== 'missing') return writable(path) ? { kind } : { kind, problem: `no permission to write to "${basename(path)}"` };
  let ancestor = dirname(path);
  while (kindOf(ancestor) === 'missing' && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  const ancestorKind = kindOf(ancestor);
  if (ancestorKind === 'file') return { kind, problem: `cannot be created: "${basename(ancestor)}" is a file, not a folder` };
  if (ancestorKind === 'missing' || !writable(ancestor)) return { kind, problem: `cannot be created: no permission to write in "${ancestor}"` };
  return { kind };
}

/** Tells whether the folder holding a file can be written (SQLite keeps its journal beside the database). */
export function folderOfFileWritable(file: string): boolean {
  return writable(dirname(file));
}
