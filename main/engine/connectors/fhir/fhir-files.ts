import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors';

/** One file of a FHIR source: a Bundle (or single resource) read whole, or Bulk Data NDJSON read line by line. */
export interface FhirFile {
  path: string;
  /** The name messages show: the path as the user gave it, plus the file name for a folder. */
  label: string;
  format: 'bundle' | 'ndjson';
}

const NDJSON = /\.(ndjson|jsonl)$/i;
const ANY_JSON = /\.(json|ndjson|jsonl)$/i;
/** The ground truth `cutover generate` writes beside its FHIR files: not FHIR, so not read. */
const DEFECT_MANIFEST = 'defects.json';

function formatOf(name: string): FhirFile['format'] {
  return NDJSON.test(name) ? 'ndjson' : 'bundle';
}

/**
 * The files of a FHIR source in name order: the file itself, or the `.json` (Bundles or
 * single resources), `.ndjson` and `.jsonl` (one resource per line) files of a folder,
 * not its subfolders, nor a generated dataset's defects.json.
 */
export function listFhirFiles(path: string, label: string): FhirFile[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UserError('FHIR source file or folder not found', { file: label });
  }
  if (!isFolder) return [{ path, label, format: formatOf(path) }];
  const files = readdirSync(path)
    .filter((name) => ANY_JSON.test(name) && name !== DEFECT_MANIFEST && statSync(join(path, name)).isFile())
    .sort()
    .map((name) => ({ path: join(path, name), label: join(label, name), format: formatOf(name) }));
  if (files.length === 0) throw new UserError('the folder holds no .json or .ndjson files', { file: label });
  return files;
}
