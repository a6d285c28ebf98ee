import type { TargetValue } from './coerce';
import type { TablePlan } from './table-plan';

const PATIENT_NAME = /patient|person/i;

/**
 * The target table that holds the patients: among the tables others point at with a
 * foreign key, one named like a patient or person (LOAD_PATIENT, OMOP's person), else
 * the one pointed at most. Null when no table is pointed at and none is so named.
 */
export function findPatientTable(plans: readonly TablePlan[]): string | null {
  const references = new Map<string, number>();
  for (const plan of plans) {
    for (const fk of plan.parents) {
      const name = plans.find((p) => p.table.name.toLowerCase() === fk.refTable.toLowerCase())?.table.name;
      if (name && name !== plan.table.name) references.set(name, (references.get(name) ?? 0) + 1);
    }
  }
  const named = [...references.keys()].filter((t) => PATIENT_NAME.test(t));
  if (named.length > 0) return named.sort((a, b) => references.get(b)! - references.get(a)!)[0]!;
  if (references.size > 0) return [...references.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return plans.find((p) => PATIENT_NAME.test(p.table.name))?.table.name ?? null;
}

/**
 * How to read a mapped row's patient: the patient table's own key, or the columns of a
 * foreign key pointing straight at it. Null for a table that names no patient (a table
 * reached only through another, say), whose rows then count for no one.
 */
export function patientKeyReader(plan: TablePlan, patientTable: string | null): ((values: readonly TargetValue[]) => string | null) | null {
  if (!patientTable) return null;
  const wanted = patientTable.toLowerCase();
  const columns = plan.table.name.toLowerCase() === wanted ? plan.table.primaryKey : plan.parents.find((fk) => fk.refTable.toLowerCase() === wanted)?.columns;
  if (!columns || columns.length === 0) return null;
  const indexes = columns.map((c) => plan.fields.findIndex((f) => f.column.name.toLowerCase() === c.toLowerCase()));
  if (indexes.some((i) => i < 0)) return null;
  return (values) => {
    const parts = indexes.map((i) => values[i]);
    if (parts.some((v) => v === null || v === undefined || String(v).trim() === '')) return null;
    return parts.map((v) => String(v).trim()).join('\u001f');
  };
}
