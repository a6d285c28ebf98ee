import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { findPatientTable, patientKeyReader } from '../../../../../main/engine/pipeline/patient-key';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { planTables } from '../../../../../main/engine/pipeline/table-plan';
import { qualityReport } from '../../../../../main/engine/quality/quality-report';
import { PatientQualityStore } from '../../../../../main/store/patient-quality-store';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';
import { callOk, engineOn } from '../../ipc/handlers/handler-helpers';

afterEach(cleanTempDirs);

// Patient 1 has one good admission and one with an admission method no crosswalk maps
// (rejected); patient 2 has a clean admission.
const rows = {
  patients: [patientRow('P0000001'), patientRow('P0000002', { nhs_number: '9434765870', surname: 'Jones' })],
  admissions: [
    'A00000001,P0000001,05/12/2006,10:30,10/12/2006,EL,101,W15,C6634358',
    'A00000002,P0000001,06/01/2007,09:00,07/01/2007,99,101,W15,C6634358',
    'A00000003,P0000002,01/02/2010,11:00,03/02/2010,EL,101,W15,C6634358',
  ],
};

describe('quality per patient', () => {
  it('finds the patient table and reads each row’s patient from its key or its foreign key', async () => {
    const plans = planTables(await loadProject(demoProjectWith(rows)));
    expect(findPatientTable(plans)).toBe('LOAD_PATIENT');
    const admission = plans.find((p) => p.table.name === 'LOAD_ADMISSION')!;
    const read = patientKeyReader(admission, 'LOAD_PATIENT')!;
    const values = admission.fields.map((f) => (f.column.name === 'patient_id' ? 'P0000009' : 'x'));
    expect(read(values)).toBe('P0000009');
    expect(read(admission.fields.map(() => null))).toBeNull();
    expect(patientKeyReader(admission, null)).toBeNull();
  });

  it('scores each patient over all their records, rejected ones included, lowest first', async () => {
    const dir = demoProjectWith(rows);
    const run = await runPipeline(await loadProject(dir));
    const store = RunStore.open(dir);
    try {
      const summary = new PatientQualityStore(store.db).summary(run.runId)!;
      expect(summary).toMatchObject({ patientTable: 'LOAD_PATIENT', patients: 2, perfect: 1, withRejects: 1 });
      expect(summary.meanScore).toBeLessThan(1);
      expect(summary.bands.reduce((n, b) => n + b.patients, 0)).toBe(1);
      const lowest = new PatientQualityStore(store.db).lowest(run.runId, 0, 10);
      expect(lowest.total).toBe(1);
      expect(lowest.patients[0]).toMatchObject({ patient: 'P0000001', records: 3, rejected: 1, warned: 0 });
      expect(lowest.patients[0]!.score).toBeGreaterThan(0.8);
      expect(lowest.patients[0]!.score).toBeLessThan(1);
      expect(qualityReport(store, [], run.runId)!.patients).toEqual(summary);
    } finally {
      store.close();
    }
  });

  it('masks the patients’ keys on the channel unless revealed', async () => {
    const dir = demoProjectWith(rows);
    const run = await runPipeline(await loadProject(dir));
    const engine = engineOn(dir);
    const masked = await callOk(engine, 'quality:patients', { runId: run.runId });
    expect(masked.patients[0]!.patient).toBe('••••••••');
    const revealed = await callOk(engine, 'quality:patients', { runId: run.runId, reveal: true });
    expect(revealed.patients[0]!.patient).toBe('P0000001');
  });
});
