import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { cleanTempDirs, demoProjectWith, patientRow, writeSource } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

describe('runs:compare', () => {
  it('answers two runs side by side through the contract, the first as the baseline', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002', { sex: 'Q' })] });
    const first = (await runPipeline(await loadProject(dir), { batchSize: 1 })).runId;
    writeSource(dir, 'patients', [patientRow('P0000001'), patientRow('P0000002')]);
    const second = (await runPipeline(await loadProject(dir), { dryRun: true })).runId;

    const engine = engineOn(dir);
    const c = await callOk(engine, 'runs:compare', { runIds: [first, second] });
    expect(c.runs.map((r) => [r.id, r.dryRun, r.batchSize])).toEqual([
      [first, false, 1],
      [second, true, 1000],
    ]);
    expect(c.tables.find((t) => t.table === 'LOAD_PATIENT')!.runs.map((cell) => cell?.rejected)).toEqual([1, 0]);
    expect(c.rules).toContainEqual({ table: 'LOAD_PATIENT', rule: 'crosswalk', severity: 'error', counts: [1, 0], deltas: [null, -1], change: 'gone' });
    expect(c.findings.map((f) => f.text)).toContain('a dry run (nothing loaded); the baseline loaded');

    const reversed = await callOk(engine, 'runs:compare', { runIds: [second, first] });
    expect(reversed.baselineId).toBe(second);
    expect(reversed.rules.find((r) => r.rule === 'crosswalk')!.change).toBe('new');
  });

  it('answers NOT_FOUND naming an unknown run, and refuses fewer than two or more than four ids', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001')] });
    const run = (await runPipeline(await loadProject(dir))).runId;
    const engine = engineOn(dir);
    const unknown = await callFails(engine, 'runs:compare', { runIds: [run, '20990101-000000-beef'] });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('20990101-000000-beef') });
    expect(await callFails(engine, 'runs:compare', { runIds: [run] })).toMatchObject({ code: 'VALIDATION' });
    expect(await callFails(engine, 'runs:compare', { runIds: [run, 'b', 'c', 'd', 'e'] })).toMatchObject({ code: 'VALIDATION' });
    expect(await callFails(engine, 'runs:compare', { runIds: [run, run] })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await callFails(engineOn(null), 'runs:compare', { runIds: [run, run] })).toMatchObject({ code: 'NO_PROJECT' });
  });
});
