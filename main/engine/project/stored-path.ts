import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * How project.yaml stores a path: inside the project, relative with forward slashes, so
 * the project moves as a whole; outside it, absolute.
 */
export function storedPath(dir: string, absolute: string): string {
  const inside = relative(resolve(dir), absolute);
  if (inside === '') return '.';
  if (inside.startsWith('..') || isAbsolute(inside)) return absolute;
  return inside.split(sep).join('/');
}
