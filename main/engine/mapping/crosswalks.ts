import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ProjectProblem } from '../../../preload/contract';
import { isUserError } from '../errors';
import { readCsvFile } from './read-csv-file';

/** A code translation table: source code → target code. */
export interface Crosswalk {
  name: string;
  file: string;
  codes: Map<string, string>;
}

/**
 * Reads every `mapping/crosswalks/*.csv` (`source_code,target_code[,description]`; the
 * file name is the crosswalk's name). Problems are collected, not thrown.
 */
export function readCrosswalks(projectDir: string): { crosswalks: Map<string, Crosswalk>; problems: ProjectProblem[] } {
  const dir = join(projectDir, 'mapping', 'crosswalks');
  const crosswalks = new Map<string, Crosswalk>();
  const problems: ProjectProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  } catch {
    return { crosswalks, problems };
  }
  for (const fileName of files) {
    const label = `mapping/crosswalks/${fileName}`;
    try {
      const table = readCsvFile(join(dir, fileName), label);
      for (const column of ['source_code', 'target_code']) {
        if (!table.header.includes(column)) problems.push({ file: label, line: 1, message: `missing column ${column}` });
      }
      const codes = new Map<string, string>();
      for (const row of table.rows) {
        const source = row.values.source_code?.trim() ?? '';
        if (source === '') continue;
        if (codes.has(source)) {
          problems.push({ file: label, line: row.line, field: 'source_code', message: `source code "${source}" appears twice` });
        }
        codes.set(source, row.values.target_code?.trim() ?? '');
      }
      const name = basename(fileName, '.csv');
      crosswalks.set(name, { name, file: label, codes });
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push({ file: error.place.file ?? label, line: error.place.line, message: error.message });
    }
  }
  return { crosswalks, problems };
}
