import { join } from 'node:path';
import type { ProjectProblem } from '../../../../preload/contract';
import { findColumn, findTable } from '../../catalog/catalog';
import type { Project } from '../../project/inspect-project';
import { yamlLineOf } from '../../project/read-yaml';
import { DEDUP_FILE, type DedupFile } from './dedup-file';

/** quality/dedup.yaml must name a catalog table, and its id, compared and blocking fields must be columns of it. */
export function checkDedup(project: Project, file: DedupFile | null): ProjectProblem[] {
  if (!file || project.catalog.tables.length === 0) return [];
  const problems: ProjectProblem[] = [];
  const at = (path: (string | number)[], message: string) => {
    const line = yamlLineOf(join(project.dir, DEDUP_FILE), path);
    problems.push({ file: DEDUP_FILE, ...(line ? { line } : {}), field: path.join('.'), message });
  };
  const table = findTable(project.catalog, file.table);
  if (!table) {
    at(['table'], `target table ${file.table} is not in the catalog`);
    return problems;
  }
  const column = (name: string, path: (string | number)[]) => {
    if (!findColumn(table, name)) at(path, `${table.name} has no column ${name}`);
  };
  column(file.linkage.idField, ['linkage', 'idField']);
  file.linkage.fields.forEach((f, i) => column(f.field, ['linkage', 'fields', i, 'field']));
  file.linkage.blocking.forEach((key, i) => key.forEach((part, j) => column(part.field, ['linkage', 'blocking', i, j, 'field'])));
  return problems;
}
