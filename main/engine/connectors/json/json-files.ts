import { readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../../errors';
import { fileLabel } from '../text/file-label';
import type { TextEncoding } from '../text/encoding-option';
import { findBinaryContent } from '../text/binary-content';
import { decodeSample, detectEncoding, readSample } from '../text/text-encoding';
import type { JsonConfig } from './json-config';

/** The file endings a JSON folder's files are read from. */
export const JSON_EXTENSIONS = ['.json', '.ndjson', '.jsonl'];

/** One file of a JSON source, as it will be read. */
export interface JsonFile {
  path: string;
  /** The file as the user named it (relative to the project), for messages. */
  label: string;
  /** The file name without its ending: the table of a top-level array or of NDJSON. */
  table: string;
}

/** How to read a file: its encoding and whether it is one document or NDJSON. */
export interface JsonFormat {
  encoding: TextEncoding;
  format: 'json' | 'ndjson';
}

/** Lists a JSON source's files: the file itself, or every .json/.ndjson/.jsonl file of the folder, sorted. */
export function listJsonFiles(path: string, baseDir: string): JsonFile[] {
  const full = isAbsolute(path) ? path : resolve(baseDir, path);
  let isFolder: boolean;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    throw new UserError('source folder or file not found', { file: path });
  }
  const table = (name: string) => name.slice(0, name.length - extname(name).length);
  if (!isFolder) return [{ path: full, label: path, table: table(basename(full)) }];
  return readdirSync(full)
    .filter((name) => JSON_EXTENSIONS.includes(extname(name).toLowerCase()) && statSync(join(full, name)).isFile())
    .sort()
    .map((name) => ({ path: join(full, name), label: fileLabel(path, name), table: table(name) }));
}

/**
 * Works out a file's encoding (as for CSV) and format: NDJSON by its ending
 * (`.ndjson`, `.jsonl`) or, for `.json`, when its first line is a whole object and the
 * next non-blank line starts another; otherwise one JSON document. Binary content is a
 * UserError naming the line.
 */
export async function detectJsonFormat(file: JsonFile, config: JsonConfig): Promise<JsonFormat> {
  const sample = await readSample(file.path);
  const encoding = config.encoding && config.encoding !== 'auto' ? config.encoding : detectEncoding(sample);
  const text = decodeSample(sample, encoding);
  const binary = findBinaryContent(text);
  if (binary) throw new UserError('this is not a text file (binary content); is it really a JSON export?', { file: file.label, line: binary.line });
  if (config.format && config.format !== 'auto') return { encoding, format: config.format };
  if (['.ndjson', '.jsonl'].includes(extname(file.path).toLowerCase())) return { encoding, format: 'ndjson' };
  return { encoding, format: looksLikeNdjson(text) ? 'ndjson' : 'json' };
}

function looksLikeNdjson(text: string): boolean {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || !lines[first]!.trim().startsWith('{')) return false;
  const next = lines.slice(first + 1).find((l) => l.trim() !== '');
  if (next === undefined || !next.trim().startsWith('{')) return false;
  try {
    JSON.parse(lines[first]!);
    return true;
  } catch {
    return false;
  }
}
