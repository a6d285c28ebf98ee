import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { contractSha } from '../../store/contract-versions';
import { UserError } from '../errors';
import { parseCsvText } from './read-csv-file';

/** One code translation: a source code, the target code it becomes, and what it means. */
export interface CrosswalkRow {
  source: string;
  target: string;
  description: string;
}

/** A crosswalk file as an edit works on it. */
export interface CrosswalkFile {
  name: string;
  /** `mapping/crosswalks/<name>.csv`, as problems name it. */
  label: string;
  rows: CrosswalkRow[];
  /** What is wrong with rows as read (a code twice, a missing target), for the user to fix; a save refuses them. */
  problems: { line: number; field: string; message: string }[];
  /** SHA-256 of the file as read; a save must name it, so a change made meanwhile is not lost. */
  sha256: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Checks a crosswalk's name: it is also its file name and what the contract calls it. */
export function checkCrosswalkName(name: string): void {
  if (!NAME.test(name)) throw new UserError('a crosswalk name is letters, digits, - and _ (at most 64), starting with a letter or digit', { field: 'name' });
}

/** The file a crosswalk lives in, and its label. */
export function crosswalkLocation(projectDir: string, name: string): { file: string; label: string } {
  checkCrosswalkName(name);
  return { file: join(projectDir, 'mapping', 'crosswalks', `${name}.csv`), label: `mapping/crosswalks/${name}.csv` };
}

/** Reads one crosswalk; NOT_FOUND when the project has none by that name. */
export function readCrosswalkFile(projectDir: string, name: string): CrosswalkFile {
  const { file, label } = crosswalkLocation(projectDir, name);
  if (!existsSync(file)) throw new UserError(`no crosswalk named "${name}"`, { file: label, field: 'name' }, 'NOT_FOUND');
  const text = readFileSync(file, 'utf8');
  const { rows, lines } = crosswalkRowsOf(text, label);
  return { name, label, rows, problems: rowProblems(rows, lines), sha256: contractSha(text) };
}

/** Parses crosswalk CSV text (a file's, an import's) with each row's line; malformed CSV names `label` and the line. */
export function crosswalkRowsOf(text: string, label: string): { rows: CrosswalkRow[]; lines: number[] } {
  const table = parseCsvText(text, label);
  for (const column of ['source_code', 'target_code']) {
    if (!table.header.includes(column)) throw new UserError(`missing column ${column}`, { file: label, line: 1 });
  }
  const rows = table.rows.map((r) => ({ source: r.values.source_code ?? '', target: r.values.target_code ?? '', description: r.values.description ?? '' }));
  return { rows, lines: table.rows.map((r) => r.line) };
}

/** The first problem of crosswalk rows as a UserError naming `label`, the line and the column; nothing when they are sound. */
export function checkCrosswalkRows(rows: readonly CrosswalkRow[], label: string, lines?: readonly number[]): void {
  const problem = rowProblems(rows, lines)[0];
  if (problem) throw new UserError(problem.message, { file: label, line: problem.line, field: problem.field });
}

/**
 * Writes a crosswalk: a new one when `expectedSha` is null (refused if the name is taken),
 * else a replacement of the version read (refused with CONFLICT if it changed since).
 * Every row needs a source and a target code, and no source code may appear twice.
 */
export function writeCrosswalkFile(projectDir: string, name: string, rows: readonly CrosswalkRow[], expectedSha: string | null): CrosswalkFile {
  const { file, label } = crosswalkLocation(projectDir, name);
  const clean = rows.map((r) => ({ source: r.source.trim(), target: r.target.trim(), description: r.description.trim() }));
  checkCrosswalkRows(clean, label);
  if (expectedSha === null && existsSync(file)) throw new UserError(`a crosswalk named "${name}" already exists`, { file: label, field: 'name' }, 'CONFLICT');
  if (expectedSha !== null && readCrosswalkFile(projectDir, name).sha256 !== expectedSha) {
    throw new UserError('the crosswalk changed on disk since it was read; reload it and make the change again', { file: label }, 'CONFLICT');
  }
  const text = stringify([['source_code', 'target_code', 'description'], ...clean.map((r) => [r.source, r.target, r.description])], { record_delimiter: '\n' });
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return { name, label, rows: clean, problems: [], sha256: contractSha(text) };
}

/** Removes a crosswalk file, refusing when it changed since it was read. */
export function deleteCrosswalkFile(projectDir: string, name: string, expectedSha: string): void {
  const current = readCrosswalkFile(projectDir, name);
  if (current.sha256 !== expectedSha) throw new UserError('the crosswalk changed on disk since it was read', { file: current.label }, 'CONFLICT');
  unlinkSync(crosswalkLocation(projectDir, name).file);
}

function rowProblems(rows: readonly CrosswalkRow[], lines?: readonly number[]): CrosswalkFile['problems'] {
  const problems: CrosswalkFile['problems'] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const line = lines?.[i] ?? i + 2;
    const source = row.source.trim();
    if (source === '') problems.push({ line, field: 'source_code', message: 'a row has no source code' });
    else if (row.target.trim() === '') problems.push({ line, field: 'target_code', message: `source code "${source.slice(0, 20)}" has no target code` });
    if (source !== '' && seen.has(source)) problems.push({ line, field: 'source_code', message: `source code "${source.slice(0, 20)}" appears twice` });
    seen.add(source);
  });
  return problems;
}
