import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn, eventsNamed } from './handler-helpers';

afterEach(cleanTempDirs);

const yamlOf = (dir: string) => readFileSync(join(dir, 'project.yaml'), 'utf8');

describe('settings:get', () => {
  it("answers the demo's settings with the defaults filled in, which are set in project.yaml, and where the project keeps its files", async () => {
    const dir = demoProjectWith({});
    expect(await callOk(engineOn(dir), 'settings:get', {})).toEqual({
      settings: { pipeline: { batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: true, minCellCount: 5 } },
      defaults: { pipeline: { batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: true, minCellCount: 5 } },
      setInFile: ['pipeline.batchSize', 'pipeline.strategy'],
      projectPath: dir,
      runStorePath: join(dir, '.cutover', 'run-store.db'),
    });
  });

  it('needs an open project', async () => {
    expect(await callFails(engineOn(null), 'settings:get', {})).toMatchObject({ code: 'NO_PROJECT' });
    expect(await callFails(engineOn(null), 'settings:update', { pipeline: { batchSize: 10 } })).toMatchObject({ code: 'NO_PROJECT' });
  });
});

describe('settings:update', () => {
  it('writes the change into project.yaml, answers the new settings and notes the change in the audit trail', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const view = await callOk(engine, 'settings:update', { pipeline: { batchSize: 250, strategy: 'big_bang' }, privacy: { maskPreviews: false } });
    expect(view.settings).toEqual({ pipeline: { batchSize: 250, strategy: 'big_bang', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: false, minCellCount: 5 } });
    expect(view.setInFile).toEqual(['pipeline.batchSize', 'pipeline.strategy', 'privacy.maskPreviews']);
    expect(yamlOf(dir)).toMatch(/^# A demo migration/);
    expect(yamlOf(dir)).toContain('pipeline:\n  batchSize: 250\n  strategy: big_bang\nprivacy:\n  maskPreviews: false\n');
    expect(await callOk(engine, 'settings:get', {})).toEqual(view);

    const [entry] = (await callOk(engine, 'audit:entries', { limit: 1 })).entries;
    expect(entry).toMatchObject({
      action: 'settings.changed',
      subject: 'project.yaml',
      details: {
        changes: [
          { key: 'pipeline.batchSize', from: 1000, to: 250 },
          { key: 'pipeline.strategy', from: 'staged', to: 'big_bang' },
          { key: 'privacy.maskPreviews', from: true, to: false },
        ],
      },
    });
    expect((await callOk(engine, 'audit:verify', {})).verified).toBe(true);
  });

  it('takes a setting back to its default with null, leaving project.yaml as it was', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const engine = engineOn(dir);
    await callOk(engine, 'settings:update', { privacy: { maskPreviews: false } });
    const view = await callOk(engine, 'settings:update', { privacy: { maskPreviews: null } });
    expect(view.settings.privacy.maskPreviews).toBe(true);
    expect(view.setInFile).not.toContain('privacy.maskPreviews');
    expect(yamlOf(dir)).toBe(before);
    expect((await callOk(engine, 'audit:entries', { limit: 1 })).entries[0]).toMatchObject({ details: { changes: [{ key: 'privacy.maskPreviews', from: false, to: true }] } });
  });

  it('notes nothing when nothing changes', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    const before = (await callOk(engine, 'audit:entries', {})).total;
    await callOk(engine, 'settings:update', { pipeline: { batchSize: 1000 } });
    expect((await callOk(engine, 'audit:entries', {})).total).toBe(before);
  });

  it('refuses a bad value with BAD_INPUT naming the field, and a key the contract does not know with VALIDATION; the file is untouched', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const engine = engineOn(dir);
    expect(await callFails(engine, 'settings:update', { pipeline: { batchSize: 0 } })).toMatchObject({
      code: 'BAD_INPUT',
      message: 'project.yaml: pipeline.batchSize: must be at least 1',
      details: { field: 'pipeline.batchSize' },
    });
    expect(await callFails(engine, 'settings:update', { privacy: { minCellCount: 500 } })).toMatchObject({ code: 'BAD_INPUT', details: { field: 'privacy.minCellCount' } });
    expect(await callFails(engine, 'settings:update', { pipeline: { workers: 4 } })).toMatchObject({ code: 'VALIDATION' });
    expect(await callFails(engine, 'settings:update', { pipeline: { strategy: 'sideways' } })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'pipeline.strategy' }] },
    });
    expect(yamlOf(dir)).toBe(before);
  });

  it('is refused while a run is in progress', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const engine = engineOn(dir);
    engine.session.track('run-in-flight');
    expect(await callFails(engine, 'settings:update', { pipeline: { batchSize: 10 } })).toMatchObject({ code: 'CONFLICT' });
    expect(yamlOf(dir)).toBe(before);
    // Reading them is fine meanwhile.
    expect((await callOk(engine, 'settings:get', {})).settings.pipeline.batchSize).toBe(1000);
    engine.session.untrack('run-in-flight');
    expect((await callOk(engine, 'settings:update', { pipeline: { batchSize: 10 } })).settings.pipeline.batchSize).toBe(10);
  });

  it('changes what the next profiling scan suppresses', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex: i < 9 ? 'F' : 'M' }));
    const engine = engineOn(demoProjectWith({ patients: rows }));
    const sexTop = async () => {
      const { profileId } = await callOk(engine, 'profile:start', { tables: ['patients'] });
      for (let i = 0; i < 500 && !eventsNamed(engine, 'profile:event').some((e) => e.profileId === profileId && e.type === 'finished'); i++) await new Promise((r) => setTimeout(r, 10));
      const profile = await callOk(engine, 'profile:get', { profileId });
      return [profile!.minCellCount, profile!.tables[0]!.columns.find((c) => c.name === 'sex')!.top.map((t) => t.value)];
    };
    expect(await sexTop()).toEqual([5, ['F']]);
    await callOk(engine, 'settings:update', { privacy: { minCellCount: 3 } });
    expect(await sexTop()).toEqual([3, ['F', 'M']]);
  });
});
