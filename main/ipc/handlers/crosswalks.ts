import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listLibraryCrosswalks, loadLibraryCrosswalk, LIBRARY_CROSSWALKS } from '../../engine/mapping/crosswalk-library/library';
import { suggestTargetCodes } from '../../engine/mapping/crosswalk-library/suggest-target-code';
import { checkCrosswalkRows, crosswalkRowsOf, deleteCrosswalkFile, readCrosswalkFile, writeCrosswalkFile } from '../../engine/mapping/crosswalk-file';
import { scanCrosswalk } from '../../engine/mapping/crosswalk-scan';
import { readCrosswalks } from '../../engine/mapping/crosswalks';
import { readContract } from '../../engine/mapping/read-contract';
import { UserError } from '../../engine/errors';
import { PROJECT_FILES } from '../../engine/project/project-files';
import type { Handler } from '../handler-types';
import { noteChange } from './audit-note';
import { editableProject } from './editable-project';

/** `crosswalks:list`: the project's crosswalks, with their code counts and the contract fields using each. */
export const list: Handler<'crosswalks:list'> = (_input, { session }) => {
  const dir = session.requireProject();
  const { mappings } = readContract(join(dir, PROJECT_FILES.contract));
  return [...readCrosswalks(dir).crosswalks.values()].map((c) => ({
    name: c.name,
    file: c.file,
    codes: c.codes.size,
    usedBy: mappings.filter((m) => m.class === 'LOOKUP_TRANSLATION' && m.crosswalk === c.name).map((m) => ({ targetTable: m.target_table, targetField: m.target_field })),
  }));
};

/** `crosswalks:get`: one crosswalk's rows as written, with the problems a save would refuse. */
export const get: Handler<'crosswalks:get'> = (input, { session }) => readCrosswalkFile(session.requireProject(), input.name);

/** `crosswalks:save`: writes a crosswalk whole, refusing a duplicate code, a missing target or a file changed meanwhile. */
export const save: Handler<'crosswalks:save'> = (input, context) => {
  const dir = editableProject(context);
  const saved = writeCrosswalkFile(dir, input.name, input.rows, input.expectedSha);
  noteChange(dir, input.expectedSha === null ? 'crosswalk.created' : 'crosswalk.saved', saved.label, { codes: saved.rows.length, sha256: saved.sha256 });
  return saved;
};

/** `crosswalks:delete`: removes a crosswalk no contract field uses. */
export const remove: Handler<'crosswalks:delete'> = (input, context) => {
  const dir = editableProject(context);
  const users = readContract(join(dir, PROJECT_FILES.contract)).mappings.filter((m) => m.crosswalk === input.name);
  if (users.length > 0) {
    const fields = users.slice(0, 3).map((m) => `${m.target_table}.${m.target_field}`).join(', ');
    throw new UserError(`the contract still translates ${fields}${users.length > 3 ? ' and more' : ''} through ${input.name}`, { field: 'name' }, 'CONFLICT');
  }
  deleteCrosswalkFile(dir, input.name, input.expectedSha);
  noteChange(dir, 'crosswalk.deleted', `mapping/crosswalks/${input.name}.csv`, {});
  return { deleted: true };
};

/**
 * `crosswalks:scan`: every code the data holds for the crosswalk's fields, how many rows
 * each, what it maps to, and for each unmapped code the likeliest target codes (from the
 * crosswalk itself and the built-in library).
 */
export const scan: Handler<'crosswalks:scan'> = async (input, { session }) => {
  const dir = session.requireProject();
  const result = await scanCrosswalk(dir, input.name);
  const rows = readCrosswalkFile(dir, input.name).rows;
  const library = LIBRARY_CROSSWALKS.map((entry) => loadLibraryCrosswalk(entry.id));
  return {
    ...result,
    codes: result.codes.map((c) => ({ ...c, suggestions: c.target === null && !result.identifying ? suggestTargetCodes(c.code, { rows }, library) : [] })),
  };
};

/** `crosswalks:library`: the built-in crosswalks (NHS Data Dictionary and OMOP code sets). */
export const library: Handler<'crosswalks:library'> = () => listLibraryCrosswalks();

/** `crosswalks:create-from`: a new project crosswalk copied from a built-in one or read from a CSV file. */
export const createFrom: Handler<'crosswalks:create-from'> = (input, context) => {
  const dir = editableProject(context);
  if ('libraryId' in input) {
    const created = writeCrosswalkFile(dir, input.name, loadLibraryCrosswalk(input.libraryId).rows, null);
    noteChange(dir, 'crosswalk.created', created.label, { from: input.libraryId, codes: created.rows.length, sha256: created.sha256 });
    return created;
  }
  const path = resolve(dir, input.path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('file not found or not readable', { file: input.path, field: 'path' });
  }
  const { rows, lines } = crosswalkRowsOf(text, input.path);
  checkCrosswalkRows(rows, input.path, lines);
  const created = writeCrosswalkFile(dir, input.name, rows, null);
  noteChange(dir, 'crosswalk.created', created.label, { from: 'a CSV file', codes: created.rows.length, sha256: created.sha256 });
  return created;
};
