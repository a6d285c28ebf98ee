import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario, listPacks } from '../../../../../main/engine/simulate/scenario-library';
import { parseScenario, readScenarioFile } from '../../../../../main/engine/simulate/scenario-file';
import { saveScenario } from '../../../../../main/engine/simulate/save-scenario';
import { UserError } from '../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';
import { scenarioOf } from './sim-fixtures';

afterEach(cleanTempDirs);

describe('the built-in scenario packs', () => {
  it('all read without a problem, each scenario with a briefing and exercises, ids unique', () => {
    const packs = listPacks(null);
    expect(packs.map((p) => p.id)).toEqual(['cutover-night', 'foundations', 'strategy-clinic']);
    const scenarios = packs.flatMap((p) => p.scenarios);
    expect(packs.flatMap((p) => p.problems)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(7);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const { scenario } of scenarios) {
      expect(scenario.briefing.length).toBeGreaterThan(40);
      expect(scenario.exercises.length).toBeGreaterThanOrEqual(2);
    }
    // Packs keep the order their pack.yaml gives.
    expect(packs[0]!.scenarios.map((s) => s.id)).toEqual(['cutover-night/flaky-network', 'cutover-night/target-under-pressure', 'cutover-night/security-incident']);
  });

  it('finds a scenario by id, and names the known ones when it cannot', () => {
    expect(findScenario('strategy-clinic/big-bang-gamble', null).scenario.failures[0]!.kind).toBe('mapping_error');
    expect(() => findScenario('nope/missing', null)).toThrow(/no scenario "nope\/missing"; known scenarios: .*foundations\/clean-rehearsal/);
  });
});

describe('a project’s own scenarios', () => {
  it('are offered after the built-in packs; a broken file is listed with its line and field, not thrown', () => {
    const project = tempDir();
    mkdirSync(join(project, 'simulation'));
    writeFileSync(join(project, 'simulation', 'ours.yaml'), 'name: Our night\npipeline:\n  workers: 2\n');
    writeFileSync(join(project, 'simulation', 'broken.yaml'), 'name: Broken\nfailures:\n  - substage: extract.connect\n    kind: meteor_strike\n    rate: 0.1\n');
    const packs = listPacks(project);
    const own = packs.at(-1)!;
    expect(own).toMatchObject({ id: 'project', builtIn: false });
    expect(own.scenarios.map((s) => [s.id, s.scenario.name, s.scenario.pipeline.workers])).toEqual([['project/ours', 'Our night', 2]]);
    expect(own.problems).toHaveLength(1);
    expect(own.problems[0]).toMatchObject({ file: 'simulation/broken.yaml', line: 4, field: 'failures.0.kind' });
    expect(() => findScenario('project/broken', project)).toThrow(UserError);
  });

  it('saves a scenario that reads back the same, listed in pack.yaml when it lists its scenarios', () => {
    const project = tempDir();
    mkdirSync(join(project, 'simulation'));
    writeFileSync(join(project, 'simulation', 'pack.yaml'), '# our workshop\ntitle: Our workshop\nscenarios:\n  - first.yaml\n');
    const first = scenarioOf({ name: 'First' });
    saveScenario(project, 'first', first);
    const second = scenarioOf({ name: 'Second', seed: 9, failures: [{ substage: 'load.production', kind: 'resource_exhaustion', rate: 0.05 }] });
    expect(saveScenario(project, 'second', second).id).toBe('project/second');
    const own = listPacks(project).at(-1)!;
    expect(own.title).toBe('Our workshop');
    expect(own.scenarios.map((s) => s.id)).toEqual(['project/first', 'project/second']);
    expect(own.scenarios[1]!.scenario).toEqual(second);
  });
});

describe('scenario checks', () => {
  it('names the field of an unknown defect kind or table', () => {
    expect(() => parseScenario({ name: 'x', data: { defectKinds: { meteor: 1 } } }, 'mine.yaml')).toThrow(/unknown defect kind/);
    try {
      parseScenario({ name: 'x', failures: [{ substage: 'load.staging', kind: 'mapping_error', rate: 0.1, tables: ['wards'] }] }, 'mine.yaml');
      expect.fail('should have thrown');
    } catch (error) {
      expect((error as UserError).describe()).toBe('mine.yaml: failures.0.tables: unknown table "wards"; the synthetic source has patients, admissions, outpatient_appointments, diagnoses');
    }
  });

  it('reads a YAML file’s problems with their lines', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.yaml'), 'name: S\npipeline:\n  batchSize: 5\n');
    const read = readScenarioFile(join(dir, 's.yaml'), 's.yaml');
    expect(read.value).toBeNull();
    expect(read.problems[0]).toMatchObject({ file: 's.yaml', line: 3, field: 'pipeline.batchSize' });
  });
});
