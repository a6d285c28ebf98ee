import { join } from 'node:path';
import type { ProjectProblem } from '../../../preload/contract';
import { findColumn, findTable } from '../catalog/catalog';
import { CONTRACT_FILE } from '../mapping/read-contract';
import { compileContractExpression, expressionFields } from '../mapping/expressions';
import { drivingSources } from '../pipeline/driving-source';
import { ruleFields } from '../quality/compile-rules';
import type { Project } from './inspect-project';
import { PROJECT_FILES } from './project-files';
import { yamlLineOf } from './read-yaml';
import { findSourceTable } from './source-tables';

const LOADED_CLASSES = new Set(['DIRECT_SOURCE', 'LOOKUP_TRANSLATION', 'DERIVED', 'SURROGATE_ETL']);

/**
 * Checks the contract against the catalog, the sources and the crosswalks: every name
 * it uses must exist, every expression must compile, every required target column must
 * be filled, and each target table must have one driving source table.
 */
export function crossCheck(project: Project): ProjectProblem[] {
  const problems: ProjectProblem[] = [...checkRules(project)];
  const at = (line: number, field: string, message: string) => problems.push({ file: CONTRACT_FILE, line, field, message });
  for (const m of project.mappings) {
    const table = findTable(project.catalog, m.target_table);
    if (!table) {
      if (project.catalog.tables.length > 0) at(m.line, 'target_table', `target table ${m.target_table} is not in the catalog`);
      continue;
    }
    if (!findColumn(table, m.target_field)) at(m.line, 'target_field', `${m.target_table} has no column ${m.target_field}`);
    if (!LOADED_CLASSES.has(m.class)) continue;
    const source = m.source_table ? findSourceTable(project.sourceTables, m.source_table) : undefined;
    if (m.source_table && !source) at(m.line, 'source_table', `no source table named ${m.source_table}`);
    if (source && m.source_field && !source.columns.includes(m.source_field)) {
      at(m.line, 'source_field', `${m.source_table} has no column ${m.source_field}`);
    }
    if (m.crosswalk && !project.crosswalks.has(m.crosswalk)) {
      at(m.line, 'crosswalk', `no crosswalk named ${m.crosswalk} (expected mapping/crosswalks/${m.crosswalk}.csv)`);
    }
    if (m.expression) {
      try {
        compileContractExpression(m.expression);
        for (const field of expressionFields(m.expression)) {
          if (source && !source.columns.includes(field)) at(m.line, 'expression', `${m.source_table} has no column ${field}`);
        }
      } catch (error) {
        at(m.line, 'expression', `expression does not compile: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  for (const plan of drivingSources(project.mappings)) {
    if (plan.sources.length > 1) {
      at(plan.line, 'source_table', `${plan.table} is fed from ${plan.sources.join(' and ')}; one driving table is expected`);
    }
    if (plan.sources.length === 0) at(plan.line, 'source_table', `${plan.table} has no source_table on any loaded field`);
    const table = findTable(project.catalog, plan.table);
    if (!table) continue;
    const mapped = new Set(
      project.mappings.filter((m) => m.target_table === plan.table && LOADED_CLASSES.has(m.class)).map((m) => m.target_field.toLowerCase()),
    );
    for (const column of table.columns) {
      if (column.notNull && !mapped.has(column.name.toLowerCase())) {
        at(plan.line, 'target_field', `${plan.table}.${column.name} is NOT NULL in the catalog but nothing fills it`);
      }
    }
  }
  return problems;
}

/** Every rule of `quality/rules.yaml` must name a catalog table and columns of it. */
function checkRules(project: Project): ProjectProblem[] {
  if (project.catalog.tables.length === 0) return [];
  const problems: ProjectProblem[] = [];
  project.rules.forEach((rule, index) => {
    const at = (field: string, message: string) => {
      const line = yamlLineOf(join(project.dir, PROJECT_FILES.rules), ['rules', index, field]);
      problems.push({ file: PROJECT_FILES.rules, ...(line ? { line } : {}), field: `rules.${index}.${field}`, message: `${rule.id}: ${message}` });
    };
    const table = findTable(project.catalog, rule.table);
    if (!table) return at('table', `target table ${rule.table} is not in the catalog`);
    for (const field of ruleFields(rule)) if (!findColumn(table, field)) at('field', `${rule.table} has no column ${field}`);
    if (rule.check === 'references') {
      const ref = findTable(project.catalog, String(rule.refTable));
      if (!ref) at('refTable', `target table ${String(rule.refTable)} is not in the catalog`);
      else if (!findColumn(ref, String(rule.refField))) at('refField', `${ref.name} has no column ${String(rule.refField)}`);
    }
  });
  return problems;
}
