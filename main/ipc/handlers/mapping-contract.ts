import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MappingChange } from '../../../preload/contract/mapping-schemas';
import { contractFileOf, readContractFile, writeContractFile } from '../../engine/mapping/contract-file';
import { applyMappingChanges } from '../../engine/mapping/edit-contract';
import { readMappingState } from '../../engine/mapping/mapping-state';
import { checkContractText, CONTRACT_FILE } from '../../engine/mapping/read-contract';
import { UserError } from '../../engine/errors';
import { ContractVersions } from '../../store/contract-versions';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';
import { noteChange } from './audit-note';
import { editableProject } from './editable-project';

/** `mapping:get`: the contract, its coverage of the catalog, what can be mapped from, the crosswalks. */
export const get: Handler<'mapping:get'> = (_input, { session }) => readMappingState(session.requireProject());

/**
 * `mapping:update`: changes fields' mappings in contract.csv (rows it does not touch stay
 * as written) and keeps the result as a new version. Refused with CONFLICT when the file
 * changed since the caller read it.
 */
export const update: Handler<'mapping:update'> = (input, context) => {
  const dir = editableProject(context);
  const file = readContractFile(dir);
  expectSha(file.sha256, input.expectedSha);
  const text = applyMappingChanges(file, input.changes);
  replaceContract(dir, file, text, input.note ?? describeChanges(input.changes), input.author ?? null);
  return readMappingState(dir);
};

/** `mapping:versions`: every stored version of the contract, newest first. */
export const versions: Handler<'mapping:versions'> = (_input, { session }) => withVersions(session.requireProject(), (v) => v.list());

/** `mapping:version`: the text of one stored version, to view or compare. */
export const version: Handler<'mapping:version'> = (input, { session }) =>
  withVersions(session.requireProject(), (v) => ({ content: v.content(input.versionId) }));

/** `mapping:restore`: makes a stored version the contract again (itself kept as a new version). */
export const restore: Handler<'mapping:restore'> = (input, context) => {
  const dir = editableProject(context);
  const file = readContractFile(dir);
  expectSha(file.sha256, input.expectedSha);
  const content = withVersions(dir, (v) => v.content(input.versionId));
  replaceContract(dir, file, content, `restored version ${input.versionId}`, input.author ?? null);
  return readMappingState(dir);
};

/**
 * `mapping:import`: replaces the contract with a CSV reviewed elsewhere (a spreadsheet's
 * export). Every row is checked first; any problem refuses the whole file, naming its line
 * and column, so a half-good import never lands.
 */
export const importCsv: Handler<'mapping:import'> = (input, context) => {
  const dir = editableProject(context);
  const file = readContractFile(dir);
  expectSha(file.sha256, input.expectedSha);
  const path = resolve(dir, input.path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('file not found or not readable', { file: input.path, field: 'path' });
  }
  checkContractText(text, input.path);
  replaceContract(dir, file, contractFileOf(text).text, `imported ${input.path}`, input.author ?? null);
  return readMappingState(dir);
};

function expectSha(actual: string, expected: string): void {
  if (actual !== expected) {
    throw new UserError('the contract changed since it was read (on disk or in another window); reload it and make the change again', { file: CONTRACT_FILE }, 'CONFLICT');
  }
}

/** Writes the new text and records it; the first change in the app also records the contract as it was found. */
function replaceContract(dir: string, file: { text: string; sha256: string }, text: string, note: string, author: string | null): void {
  const version = withVersions(dir, (v) => {
    if (!v.latest() && file.text !== '') v.save(file.text, 'as found before the first change made in the app');
    writeContractFile(dir, text, file.sha256);
    return v.save(text, note, author);
  });
  noteChange(dir, 'contract.changed', CONTRACT_FILE, { version: version.id, sha256: version.sha256, note }, author);
}

function withVersions<T>(dir: string, work: (versions: ContractVersions) => T): T {
  const store = RunStore.open(dir);
  try {
    return work(new ContractVersions(store.db));
  } finally {
    store.close();
  }
}

/** "LOAD_PATIENT.religion: class OUT_OF_SCOPE" — a version's note when the caller gave none. */
function describeChanges(changes: readonly MappingChange[]): string {
  const parts = changes.slice(0, 3).map((c) => {
    const what = Object.entries(c)
      .filter(([k, v]) => k !== 'targetTable' && k !== 'targetField' && v !== undefined)
      .map(([k, v]) => (k === 'notes' || k === 'expression' ? k : `${k} ${v === null ? '—' : String(v)}`))
      .join(', ');
    return `${c.targetTable}.${c.targetField}: ${what || 'no change'}`;
  });
  return changes.length > 3 ? `${parts.join('; ')}; and ${changes.length - 3} more` : parts.join('; ');
}
