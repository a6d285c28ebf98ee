import { describe, expect, it } from 'vitest';
import type { ProjectSettings, SettingsView } from '../../../../../preload/contract/settings-schemas';
import { settingOrigin } from '../../../../../renderer/features/settings/setting-origin';
import { changeFrom, fieldError, formOf, isDirty, readForm } from '../../../../../renderer/features/settings/settings-form';

const saved: ProjectSettings = { pipeline: { batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }, privacy: { maskPreviews: true, minCellCount: 5 } };

describe('the Settings form', () => {
  it('is clean as loaded, dirty once a field differs, and sends only what differs', () => {
    const form = formOf(saved);
    expect(isDirty(saved, form)).toBe(false);
    expect(isDirty(saved, { ...form, batchSize: ' 1000 ' })).toBe(false);
    const edited = { ...form, batchSize: '250', maskPreviews: false };
    expect(isDirty(saved, edited)).toBe(true);
    const read = readForm(edited);
    expect(read.errors).toEqual({});
    expect(changeFrom(saved, read.settings!)).toEqual({ pipeline: { batchSize: 250 }, privacy: { maskPreviews: false } });
    expect(changeFrom(saved, readForm(form).settings!)).toEqual({});
  });

  it('says what is wrong with each number field, with its range, and offers nothing to save', () => {
    const read = readForm({ ...formOf(saved), batchSize: '', keepBackups: '2.5', minCellCount: '101' });
    expect(read.settings).toBeNull();
    expect(read.errors).toEqual({
      'pipeline.batchSize': 'Required: a whole number from 1 to 100,000.',
      'pipeline.keepBackups': 'Not a whole number: enter one from 0 to 100.',
      'privacy.minCellCount': 'Out of range: enter a whole number from 1 to 100.',
    });
    expect(readForm({ ...formOf(saved), keepBackups: '0', minCellCount: '100' }).errors).toEqual({});
  });

  it("puts the engine's refusal on the field it names, and leaves others to the page", () => {
    expect(fieldError({ file: 'project.yaml', field: 'pipeline.batchSize' }, 'project.yaml: pipeline.batchSize: must be at most 100000')).toEqual({
      'pipeline.batchSize': 'Must be at most 100000',
    });
    expect(fieldError({ field: 'sources' }, 'sources: a bad source')).toBeNull();
    expect(fieldError(undefined, 'a run is in progress')).toBeNull();
  });

  it('tells a setting made in project.yaml from a default, naming the default', () => {
    const view: SettingsView = { settings: saved, defaults: saved, setInFile: ['pipeline.batchSize'], projectPath: '/p', runStorePath: '/p/.cutover/run-store.db' };
    expect(settingOrigin(view, 'pipeline.batchSize')).toBe('Set in project.yaml');
    expect(settingOrigin(view, 'privacy.minCellCount')).toBe('Default (5)');
    expect(settingOrigin(view, 'privacy.maskPreviews')).toBe('Default (on)');
  });
});
