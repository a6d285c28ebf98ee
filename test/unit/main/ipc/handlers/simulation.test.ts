import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

describe('simulation handlers', () => {
  it('lists the built-in packs without a project, and runs a scenario given as data', async () => {
    const engine = engineOn(null);
    const { packs } = await callOk(engine, 'simulation:packs', {});
    expect(packs.map((p) => p.id)).toEqual(['cutover-night', 'foundations', 'strategy-clinic']);
    const scenario = { ...packs[1]!.scenarios[0]!.scenario, data: { patients: 120, defectRate: 0.01 }, pipeline: { batchSize: 100, workers: 2, strategies: ['parallel' as const], checkpointSeconds: 60 } };
    const result = await callOk(engine, 'simulation:run', { scenario });
    expect(result.strategies.map((s) => s.strategy)).toEqual(['parallel']);
    expect(result.strategies[0]!.grid.frames).toHaveLength(101);
  });

  it('refuses an impossible scenario, naming the field', async () => {
    const error = await callFails(engineOn(null), 'simulation:run', { scenario: { name: 'x', failures: [{ substage: 'extract.connect', kind: 'network_timeout', rate: 2 }] } });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error)).toMatch(/failures\.0\.rate|"failures",0,"rate"/);
  });

  it('saves a scenario into the project, offers it, and notes it in the audit trail', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001')] });
    const engine = engineOn(dir);
    const entry = await callOk(engine, 'simulation:save', { name: 'our-night', scenario: { name: 'Our night', seed: 5 } });
    expect(entry.id).toBe('project/our-night');
    expect(existsSync(join(dir, 'simulation', 'our-night.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'simulation', 'our-night.yaml'), 'utf8')).toContain('name: Our night');
    const { packs } = await callOk(engine, 'simulation:packs', {});
    expect(packs.at(-1)!.scenarios.map((s) => s.id)).toEqual(['project/our-night']);
    const store = RunStore.open(dir);
    try {
      const actions = (store.db.prepare('SELECT action FROM audit_log').all() as { action: string }[]).map((r) => r.action);
      expect(actions).toContain('simulation.scenario-saved');
    } finally {
      store.close();
    }
    const bad = await callFails(engine, 'simulation:save', { name: '../escape', scenario: { name: 'x' } });
    expect(bad.code).toBe('VALIDATION');
  });

  it('estimates a real run of the open project', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002')] });
    const estimate = await callOk(engineOn(dir), 'simulation:estimate', {});
    expect(estimate.basis).toBe('none');
    expect(estimate.rows).toBeGreaterThanOrEqual(2);
    const error = await callFails(engineOn(null), 'simulation:estimate', {});
    expect(error.code).toBe('NO_PROJECT');
  });
});
