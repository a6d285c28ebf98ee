import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTING_LIMITS } from '../../../../../preload/contract/settings-schemas';
import { defaultSettings, editSettings, readSettings } from '../../../../../main/engine/project/edit-settings';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { pipelineSchema, privacySchema } from '../../../../../main/engine/project/project-schema';
import { isUserError, type UserError } from '../../../../../main/engine/errors';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

const yamlOf = (dir: string) => readFileSync(join(dir, 'project.yaml'), 'utf8');

/** The UserError `work` throws; fails the test when it throws nothing or something else. */
function refusal(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('reading the settings', () => {
  it("fills in the defaults and tells which settings the demo's project.yaml sets", () => {
    const dir = demoProjectWith({});
    expect(readSettings(dir)).toEqual({
      settings: { pipeline: { batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: true, minCellCount: 5 } },
      setInFile: ['pipeline.batchSize', 'pipeline.strategy'],
    });
    expect(defaultSettings()).toEqual({ pipeline: { batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: true, minCellCount: 5 } });
  });

  it('reads a project with no pipeline or privacy section as all defaults', () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'project.yaml'), yamlOf(dir).replace(/pipeline:\n(  .*\n)+/, ''));
    expect(yamlOf(dir)).not.toContain('pipeline');
    expect(readSettings(dir)).toEqual({ settings: defaultSettings(), setInFile: [] });
  });
});

describe('editing the settings', () => {
  it("changes only the keys given, keeping project.yaml's comments, order and other lines", async () => {
    const dir = demoProjectWith({});
    const commented = yamlOf(dir).replace('  batchSize: 1000\n', '  # small batches resume closer to a crash\n  batchSize: 1000 # rows\n');
    writeFileSync(join(dir, 'project.yaml'), commented);
    const edit = editSettings(dir, { pipeline: { batchSize: 250, keepBackups: 2 }, privacy: { minCellCount: 10 } });
    expect(edit.written).toBe(true);
    expect(edit.changed).toEqual([
      { key: 'pipeline.batchSize', from: 1000, to: 250 },
      { key: 'pipeline.keepBackups', from: 5, to: 2 },
      { key: 'privacy.minCellCount', from: 5, to: 10 },
    ]);
    const after = yamlOf(dir);
    expect(after).toBe(
      commented.replace('batchSize: 1000 # rows', 'batchSize: 250 # rows').replace('  strategy: staged\n', '  strategy: staged\n  keepBackups: 2\n') + 'privacy:\n  minCellCount: 10\n',
    );
    expect(after.startsWith('# A demo migration')).toBe(true);
    expect(edit.read.setInFile).toEqual(['pipeline.batchSize', 'pipeline.strategy', 'pipeline.keepBackups', 'privacy.minCellCount']);
    // The project the engine loads sees the new values.
    expect((await loadProject(dir)).config).toMatchObject({ pipeline: { batchSize: 250, keepBackups: 2 }, privacy: { maskPreviews: true, minCellCount: 10 } });
  });

  it('makes the section when project.yaml has none, or an empty one', () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'project.yaml'), yamlOf(dir).replace(/pipeline:\n(  .*\n)+/, 'pipeline:\n'));
    editSettings(dir, { pipeline: { strategy: 'parallel' }, privacy: { maskPreviews: false } });
    expect(yamlOf(dir)).toMatch(/\npipeline:\n  strategy: parallel\nprivacy:\n  maskPreviews: false\n$/);
    expect(readSettings(dir).settings).toEqual({ pipeline: { batchSize: 1000, strategy: 'parallel', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: false, minCellCount: 5 } });
  });

  it('writes nothing when every value given is already in the file', () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    expect(editSettings(dir, { pipeline: { batchSize: 1000, strategy: 'staged' } })).toMatchObject({ written: false, changed: [] });
    expect(yamlOf(dir)).toBe(before);
  });

  it('writes a default out when asked, without counting it as a change', () => {
    const dir = demoProjectWith({});
    const edit = editSettings(dir, { privacy: { minCellCount: 5 } });
    expect(edit).toMatchObject({ written: true, changed: [] });
    expect(edit.read.setInFile).toContain('privacy.minCellCount');
  });

  it('takes a setting out of the file with null, so its default applies, and the section once it is empty', () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    editSettings(dir, { privacy: { maskPreviews: false } });
    expect(yamlOf(dir)).not.toBe(before);
    const back = editSettings(dir, { privacy: { maskPreviews: null } });
    expect(back.changed).toEqual([{ key: 'privacy.maskPreviews', from: false, to: true }]);
    expect(yamlOf(dir)).toBe(before);
    expect(editSettings(dir, { privacy: { minCellCount: null } })).toMatchObject({ written: false, changed: [] });
    const dropped = editSettings(dir, { pipeline: { strategy: null } });
    expect(dropped.changed).toEqual([]);
    expect(dropped.read.setInFile).toEqual(['pipeline.batchSize']);
    expect(yamlOf(dir)).toBe(before.replace('  strategy: staged\n', ''));
  });

  it('refuses a value out of range, of the wrong kind or unknown, naming the field, and leaves the file alone', () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const cases: [unknown, string, RegExp][] = [
      [{ pipeline: { batchSize: 0 } }, 'pipeline.batchSize', /at least 1/],
      [{ pipeline: { batchSize: 100_001 } }, 'pipeline.batchSize', /at most 100000/],
      [{ pipeline: { batchSize: 2.5 } }, 'pipeline.batchSize', /whole number/],
      [{ pipeline: { keepBackups: -1 } }, 'pipeline.keepBackups', /at least 0/],
      [{ pipeline: { strategy: 'sideways' } }, 'pipeline.strategy', /staged, big_bang, parallel/],
      [{ privacy: { minCellCount: 0 } }, 'privacy.minCellCount', /at least 1/],
      [{ privacy: { minCellCount: 101 } }, 'privacy.minCellCount', /at most 100/],
      [{ privacy: { maskPreviews: 'no' } }, 'privacy.maskPreviews', /boolean/],
      [{ privacy: { workers: 4 } }, 'privacy.workers', /not a privacy setting/],
      [{ target: { path: 'x.db' } }, 'target', /not a section/],
    ];
    for (const [change, field, message] of cases) {
      // A valid change alongside the bad one must not be written either.
      const error = refusal(() => editSettings(dir, { ...(change as object), ...('pipeline' in (change as object) ? {} : { pipeline: { batchSize: 10 } }) } as never));
      expect(error.place.field, JSON.stringify(change)).toBe(field);
      expect(error.message, JSON.stringify(change)).toMatch(message);
      expect(error.code).toBe('BAD_INPUT');
    }
    expect(yamlOf(dir)).toBe(before);
  });

  it('refuses to edit a section that is not a mapping', () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'project.yaml'), `${yamlOf(dir)}privacy: strict\n`);
    expect(refusal(() => readSettings(dir)).place.field).toBe('privacy');
    expect(refusal(() => editSettings(dir, { privacy: { minCellCount: 3 } })).place.field).toBe('privacy');
  });
});

describe('the limits the Settings page checks as you type', () => {
  it('are the ranges project.yaml accepts', () => {
    const schemas = { pipeline: pipelineSchema, privacy: privacySchema };
    for (const [key, { min, max }] of Object.entries(SETTING_LIMITS)) {
      const [section, name] = key.split('.') as ['pipeline' | 'privacy', string];
      const accepts = (value: number) => schemas[section].safeParse({ [name]: value }).success;
      expect([accepts(min - 1), accepts(min), accepts(max), accepts(max + 1)], key).toEqual([false, true, true, false]);
    }
  });
});
