import { findColumn, findTable, type CatalogColumn, type CatalogForeignKey, type CatalogTable } from '../catalog/catalog';
import { loadOrder } from '../catalog/load-order';
import { UserError } from '../errors';
import type { FieldMapping } from '../mapping/contract-schema';
import { compileContractExpression, type CompiledExpression } from '../mapping/expressions';
import type { Project } from '../project/inspect-project';
import { findSourceTable, type SourceTable } from '../project/source-tables';
import { compileRules, type TableRules } from '../quality/compile-rules';
import type { TargetValue } from './coerce';
import { drivingSources } from './driving-source';
import { findPatientTable, patientKeyReader } from './patient-key';

/** How one target column is filled. */
export interface FieldPlan {
  column: CatalogColumn;
  mapping: FieldMapping;
  required: boolean;
  crosswalk: Map<string, string> | null;
  expression: CompiledExpression | null;
}

/** How one target table is loaded: from which source, field by field, checking which keys. */
export interface TablePlan {
  table: CatalogTable;
  source: SourceTable;
  fields: FieldPlan[];
  /** Foreign keys to other tables of the catalog, checked before a row is loaded. */
  parents: CatalogForeignKey[];
  /** The quality rules of this target table, compiled for the run. */
  rules: TableRules;
  /** Reads a mapped row's patient (see findPatientTable), for quality per patient; null when the table names none. */
  patientKey: ((values: readonly TargetValue[]) => string | null) | null;
  /** The table whose key names a patient, when the run has one. */
  patientTable: string | null;
}

const LOADED = new Set(['DIRECT_SOURCE', 'LOOKUP_TRANSLATION', 'DERIVED', 'SURROGATE_ETL']);

/** Builds the load plan of every mapped target table, parents before children; `today` is the run's date for date rules. */
export function planTables(project: Project, today = new Date().toISOString().slice(0, 10)): TablePlan[] {
  const rules = compileRules(project.rules, today);
  const mapped = new Set(drivingSources(project.mappings).map((d) => d.table.toLowerCase()));
  const plans: TablePlan[] = [];
  for (const table of loadOrder(project.catalog.tables)) {
    if (!mapped.has(table.name.toLowerCase())) continue;
    const mappings = project.mappings.filter((m) => m.target_table.toLowerCase() === table.name.toLowerCase() && LOADED.has(m.class));
    const driving = drivingSources(mappings)[0];
    const source = driving?.sources[0] ? findSourceTable(project.sourceTables, driving.sources[0]) : undefined;
    if (!source) throw new UserError(`${table.name} has no driving source table`, { file: 'mapping/contract.csv' });
    plans.push({
      table,
      source,
      fields: mappings.map((m) => planField(project, table, m)),
      parents: table.foreignKeys.filter((fk) => fk.refTable.toLowerCase() !== table.name.toLowerCase() && findTable(project.catalog, fk.refTable)),
      rules: rules.get(table.name.toLowerCase()) ?? { row: [], table: [] },
      patientKey: null,
      patientTable: null,
    });
  }
  const patients = findPatientTable(plans);
  for (const plan of plans) Object.assign(plan, { patientKey: patientKeyReader(plan, patients), patientTable: patients });
  return plans;
}

function planField(project: Project, table: CatalogTable, mapping: FieldMapping): FieldPlan {
  const column = findColumn(table, mapping.target_field);
  if (!column) throw new UserError(`${table.name} has no column ${mapping.target_field}`, { file: 'mapping/contract.csv', line: mapping.line });
  return {
    column,
    mapping,
    required: mapping.required || column.notNull,
    crosswalk: mapping.crosswalk ? (project.crosswalks.get(mapping.crosswalk)?.codes ?? null) : null,
    expression: mapping.expression ? compileContractExpression(mapping.expression) : null,
  };
}
