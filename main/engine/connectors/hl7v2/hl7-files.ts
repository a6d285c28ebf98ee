import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../../errors';

/** One file of an HL7 v2 source: where it is and the name messages show for it. */
export interface Hl7File {
  path: string;
  label: string;
}

const MESSAGE_FILE = /\.(hl7|txt)$/i;

/**
 * The files of an HL7 v2 source in name order: the file itself, or the `.hl7`/`.txt`
 * files of a folder (not its subfolders). `label` is how the user named the path.
 */
export function listHl7Files(path: string, label: string): Hl7File[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UserError('HL7 v2 source file or folder not found', { file: label });
  }
  if (!isFolder) return [{ path, label }];
  const files = readdirSync(path)
    .filter((name) => MESSAGE_FILE.test(name) && statSync(join(path, name)).isFile())
    .sort()
    .map((name) => ({ path: join(path, name), label: join(label, name) }));
  if (files.length === 0) throw new UserError('the folder holds no .hl7 or .txt files', { file: label });
  return files;
}

/** The file's own name, for message keys made up when MSH-10 is empty. */
export function fileName(file: Hl7File): string {
  return basename(file.path);
}
