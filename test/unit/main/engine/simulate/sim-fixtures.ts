import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../../../preload/contract';
import { DEFECT_KINDS, type DefectKind } from '../../../../../main/engine/synth/defects';
import { NO_DEFECT, type Workload } from '../../../../../main/engine/simulate/workload';

/**
 * A small hand-made workload: `patients` patients, each with `perPatient` records in each
 * activity table, and the given defects at (table, row). Every count in a test follows.
 */
export function workloadOf(patients: number, perPatient = 1, defects: { table: number; row: number; kind: DefectKind }[] = []): Workload {
  const names = ['patients', 'admissions', 'outpatient_appointments', 'diagnoses'] as const;
  const tables = names.map((name, t) => {
    const rows = t === 0 ? patients : patients * perPatient;
    const patient = new Int32Array(rows);
    for (let r = 0; r < rows; r++) patient[r] = t === 0 ? r : Math.floor(r / perPatient);
    const defect = new Int8Array(rows).fill(NO_DEFECT);
    for (const d of defects) if (d.table === t) defect[d.row] = DEFECT_KINDS.indexOf(d.kind);
    return { name, patient, defect };
  });
  return { patients, tables, orphans: 0 };
}

/** A scenario with defaults, overridden. */
export function scenarioOf(input: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({ name: 'test', ...input });
}
