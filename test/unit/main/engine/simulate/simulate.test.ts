import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../../../main/engine/simulate/simulate';
import { estimateRun } from '../../../../../main/engine/simulate/estimate-run';
import { findScenario } from '../../../../../main/engine/simulate/scenario-library';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

describe('simulate', () => {
  it('rehearses the generated patients under every strategy and says which to choose', async () => {
    const base = findScenario('strategy-clinic/big-bang-gamble', null).scenario;
    const result = await simulate({ ...base, data: { ...base.data, patients: 300 } });
    expect(result.strategies.map((s) => s.strategy)).toEqual(['staged', 'big_bang', 'parallel']);
    // Every strategy moves the same records: the generator's tables.
    const records = result.workload.tables.reduce((n, t) => n + t.records, 0);
    expect(result.workload.records).toBe(records);
    for (const s of result.strategies) expect(s.records.total).toBe(records);
    expect(result.workload.patients).toBeGreaterThanOrEqual(300);
    // Defects come from the generator's own manifest, each caught where the contract catches it.
    expect(result.workload.defects.length).toBeGreaterThan(0);
    expect(result.workload.defects.find((d) => d.kind === 'orphan_diagnosis')?.substage ?? 'validate.data_integrity').toBe('validate.data_integrity');
    const whole = (s: (typeof result.strategies)[number]) => s.patients.complete + s.patients.warned;
    const best = result.strategies.find((s) => s.strategy === result.best)!;
    expect(result.strategies.every((s) => whole(s) <= whole(best))).toBe(true);
    expect(result.recommendations.at(-1)!.title).toBe(`Choose ${result.best.replace('_', ' ')}`);
    expect(result.batchSizes.filter((b) => b.recommended)).toHaveLength(1);
    expect(result.batchSizes.some((b) => b.batchSize === 500)).toBe(true);
  });

  it('advises about a rolled-back big bang first, and never shows a patient’s data', async () => {
    const result = await simulate({
      name: 'doomed', seed: 3, data: { patients: 200 }, pipeline: { batchSize: 1000 },
      failures: [{ substage: 'load.verification', kind: 'validation_failure', rate: 1 }],
    });
    const bigBang = result.strategies.find((s) => s.strategy === 'big_bang')!;
    expect(bigBang.outcome).toBe('rolled_back');
    expect(result.recommendations[0]).toMatchObject({ level: 'critical', title: 'Big bang rolled back: nothing was migrated' });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/P\d{7}/);
    expect(text).not.toMatch(/\b\d{10}\b/);
  });

  it('gives the same result for the same scenario', async () => {
    const scenario = { name: 'same', seed: 11, data: { patients: 150 }, failures: [{ substage: 'extract.connect' as const, kind: 'network_timeout' as const, rate: 0.3 }] };
    const [a, b] = [await simulate(scenario), await simulate(scenario)];
    expect({ ...a, millis: 0 }).toEqual({ ...b, millis: 0 });
  });
});

describe('estimateRun', () => {
  it('counts the rows to read, then estimates the time from the newest finished run', async () => {
    const dir = demoProjectWith({ patients: Array.from({ length: 40 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`)) });
    const before = estimateRun(await loadProject(dir));
    expect(before).toMatchObject({ basis: 'none', basisRunId: null, seconds: null, suggestedBatchSize: null });
    expect(before.tables.find((t) => t.name === 'LOAD_PATIENT')?.rows).toBe(40);
    const run = await runPipeline(await loadProject(dir));
    const after = estimateRun(await loadProject(dir));
    expect(after.basis).toBe('measured');
    expect(after.basisRunId).toBe(run.runId);
    expect(after.seconds).toBeGreaterThan(0);
    expect(after.suggestedBatchSize).toBeGreaterThanOrEqual(500);
    expect(after.batches).toBe(after.tables.reduce((n, t) => n + Math.ceil(t.rows / after.batchSize), 0));
  });
});
