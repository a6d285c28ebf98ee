import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { contractSha } from '../../store/contract-versions';
import { UserError } from '../errors';
import { CONTRACT_COLUMNS, OPTIONAL_CONTRACT_COLUMNS } from './contract-schema';
import { parseCsvText, type CsvTable } from './read-csv-file';
import { CONTRACT_FILE } from './read-contract';

/** The contract as text and as raw rows: what an edit works on, so rows it does not touch stay exactly as written. */
export interface ContractFile extends CsvTable {
  text: string;
  sha256: string;
}

/** Reads `mapping/contract.csv` as raw rows; a project without one has an empty contract. */
export function readContractFile(projectDir: string): ContractFile {
  const file = join(projectDir, CONTRACT_FILE);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return contractFileOf(text);
}

/** Parses contract text (a file's, an import's, a stored version's) into raw rows. */
export function contractFileOf(text: string): ContractFile {
  const table = text.trim() === '' ? { header: [...CONTRACT_COLUMNS], rows: [] } : parseCsvText(text, CONTRACT_FILE);
  return { ...table, text, sha256: contractSha(text) };
}

/**
 * Writes rows back as CSV. Rows an edit did not touch (they still carry `raw`) are kept
 * exactly as written, and so is the header, as long as the columns stay the same; a
 * review column (`status`, `approved_by`) is added only once some row uses it, and then
 * every row is written anew with it. The contract's own columns come first in their
 * documented order, then any a reviewer added, as they were. Values are quoted only when
 * they need it, so a contract reviewed in a spreadsheet diffs cleanly.
 */
export function contractText(file: Pick<CsvTable, 'header' | 'rawHeader' | 'eol'>, rows: readonly { values: Record<string, string>; raw?: string }[]): string {
  const used = (column: string) => file.header.includes(column) || rows.some((row) => (row.values[column] ?? '') !== '');
  const own = CONTRACT_COLUMNS.filter((c) => !OPTIONAL_CONTRACT_COLUMNS.includes(c) || used(c));
  const extra = file.header.filter((h) => !(CONTRACT_COLUMNS as readonly string[]).includes(h));
  const columns = [...own, ...extra];
  const eol = file.eol ?? '\n';
  const keep = file.rawHeader !== undefined && columns.length === file.header.length && columns.every((c, i) => c === file.header[i]);
  const write = (cells: readonly string[]) => stringify([cells], { record_delimiter: eol });
  const head = keep ? `${file.rawHeader}${eol}` : write(columns);
  return head + rows.map((row) => (keep && row.raw !== undefined ? `${row.raw}${eol}` : write(columns.map((c) => row.values[c] ?? '')))).join('');
}

/**
 * Replaces `mapping/contract.csv`, refusing when it changed on disk since it was read
 * (`expectedSha`): someone edited it by hand or in another window, and their change must
 * not be lost. Written to a temporary file and renamed, so a crash never leaves half a file.
 */
export function writeContractFile(projectDir: string, text: string, expectedSha: string): void {
  const current = readContractFile(projectDir);
  if (current.sha256 !== expectedSha) {
    throw new UserError('the contract changed on disk since it was read; reload it and make the change again', { file: CONTRACT_FILE }, 'CONFLICT');
  }
  const file = join(projectDir, CONTRACT_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
