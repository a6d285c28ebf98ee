import type { ProjectProblem } from '../../../preload/contract';
import { isUserError } from '../errors';
import { CONTRACT_COLUMNS, contractRowSchema, type FieldMapping } from './contract-schema';
import { readCsvFile } from './read-csv-file';

/** Where the mapping contract lives in a project. */
export const CONTRACT_FILE = 'mapping/contract.csv';

/** Reads `mapping/contract.csv`; every bad row is a problem naming its line and field. */
export function readContract(file: string): { mappings: FieldMapping[]; problems: ProjectProblem[] } {
  const problems: ProjectProblem[] = [];
  const mappings: FieldMapping[] = [];
  let table;
  try {
    table = readCsvFile(file, CONTRACT_FILE);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { mappings, problems: [{ file: CONTRACT_FILE, line: error.place.line, message: error.message }] };
  }
  const missing = CONTRACT_COLUMNS.filter((c) => c !== 'notes' && !table.header.includes(c));
  if (missing.length > 0) {
    return { mappings, problems: [{ file: CONTRACT_FILE, line: 1, message: `missing columns: ${missing.join(', ')}` }] };
  }
  const seen = new Set<string>();
  for (const row of table.rows) {
    const parsed = contractRowSchema.safeParse(row.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: CONTRACT_FILE, line: row.line, field: issue.path.join('.') || undefined, message: issue.message });
      }
      continue;
    }
    const key = `${parsed.data.target_table}.${parsed.data.target_field}`.toLowerCase();
    if (seen.has(key)) {
      problems.push({ file: CONTRACT_FILE, line: row.line, field: 'target_field', message: `${key} is mapped twice` });
      continue;
    }
    seen.add(key);
    mappings.push({ ...parsed.data, line: row.line });
  }
  return { mappings, problems };
}
