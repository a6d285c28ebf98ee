import type { ProjectProblem } from '../../../preload/contract';
import { isUserError, UserError } from '../errors';
import { CONTRACT_COLUMNS, contractRowSchema, OPTIONAL_CONTRACT_COLUMNS, type FieldMapping } from './contract-schema';
import { parseCsvText, readCsvFile, type CsvTable } from './read-csv-file';

/** Where the mapping contract lives in a project. */
export const CONTRACT_FILE = 'mapping/contract.csv';

/** Reads `mapping/contract.csv`; every bad row is a problem naming its line and field. */
export function readContract(file: string): { mappings: FieldMapping[]; problems: ProjectProblem[] } {
  let table;
  try {
    table = readCsvFile(file, CONTRACT_FILE);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { mappings: [], problems: [{ file: CONTRACT_FILE, line: error.place.line, message: error.message }] };
  }
  return contractRows(table, CONTRACT_FILE);
}

/**
 * Checks a whole contract's text before it replaces the project's (an import, say): the
 * first problem is a UserError naming `label`, the line and the column.
 */
export function checkContractText(text: string, label: string): void {
  const problem = contractRows(parseCsvText(text, label), label).problems[0];
  if (problem) throw new UserError(problem.message, { file: label, line: problem.line, field: problem.field });
}

/** The rows of a parsed contract that pass its rules, and a problem for each that does not. */
function contractRows(table: CsvTable, label: string): { mappings: FieldMapping[]; problems: ProjectProblem[] } {
  const problems: ProjectProblem[] = [];
  const mappings: FieldMapping[] = [];
  const missing = CONTRACT_COLUMNS.filter((c) => !OPTIONAL_CONTRACT_COLUMNS.includes(c) && !table.header.includes(c));
  if (missing.length > 0) {
    return { mappings, problems: [{ file: label, line: 1, message: `missing columns: ${missing.join(', ')}` }] };
  }
  const seen = new Set<string>();
  for (const row of table.rows) {
    const parsed = contractRowSchema.safeParse(row.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: label, line: row.line, field: issue.path.join('.') || undefined, message: issue.message });
      }
      continue;
    }
    const key = `${parsed.data.target_table}.${parsed.data.target_field}`.toLowerCase();
    if (seen.has(key)) {
      problems.push({ file: label, line: row.line, field: 'target_field', message: `${key} is mapped twice` });
      continue;
    }
    seen.add(key);
    mappings.push({ ...parsed.data, line: row.line });
  }
  return { mappings, problems };
}
