import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileEvent } from '../../../../../preload/contract';
import { profileSchema } from '../../../../../preload/contract';
import { profileProject } from '../../../../../main/engine/profile/profile-project';
import { ProfileStore } from '../../../../../main/store/profile-store';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

function patients(n: number): string[] {
  return Array.from({ length: n }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex: i % 2 ? 'F' : 'M' }));
}

function withStore<T>(dir: string, use: (store: ProfileStore) => T): T {
  const runStore = RunStore.open(dir);
  try {
    return use(new ProfileStore(runStore.db));
  } finally {
    runStore.close();
  }
}

describe('profileProject', () => {
  it('profiles every source table and stores the result', async () => {
    const dir = demoProjectWith({ patients: patients(12), admissions: [] });
    const events: ProfileEvent[] = [];
    const { status, profile } = await profileProject(dir, { onEvent: (e) => events.push(e) });
    expect(status).toBe('succeeded');
    expect(profileSchema.parse(profile)).toEqual(profile);
    expect(profile.tables.map((t) => [t.source, t.name, t.rows])).toEqual([
      ['pas', 'admissions', 0],
      ['pas', 'diagnoses', 0],
      ['pas', 'outpatient_appointments', 0],
      ['pas', 'patients', 12],
    ]);
    const sex = profile.tables[3]!.columns.find((c) => c.name === 'sex')!;
    expect(sex.top).toEqual([{ value: 'F', count: 6 }, { value: 'M', count: 6 }]);
    expect(events.at(-1)).toEqual({ type: 'finished', profileId: profile.id, status: 'succeeded' });
    expect(events.filter((e) => e.type === 'progress' && e.table === 'patients').at(-1)).toMatchObject({ rowsDone: 12, totalRows: 12 });
    withStore(dir, (store) => {
      expect(store.latestProfile()).toEqual(profile);
      expect(store.getProfile(profile.id)).toEqual(profile);
      expect(store.listProfiles()[0]).toMatchObject({ id: profile.id, status: 'succeeded', minCellCount: 5 });
      expect(() => store.getProfile('profile-none')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    });
  });

  it('profiles only the chosen tables, by name or source.name', async () => {
    const dir = demoProjectWith({ patients: patients(3) });
    const { profile } = await profileProject(dir, { tables: ['pas.patients', 'diagnoses'], minCellCount: 2 });
    expect(profile.tables.map((t) => t.name)).toEqual(['diagnoses', 'patients']);
    expect(profile.minCellCount).toBe(2);
  });

  it('refuses an unknown table, naming the ones there are', async () => {
    const dir = demoProjectWith({});
    await expect(profileProject(dir, { tables: ['nope'] })).rejects.toThrow(/no source table named "nope"; the tables are: pas\.admissions/);
  });

  it('stops when cancelled and stores no result', async () => {
    const dir = demoProjectWith({ patients: patients(3000) });
    const controller = new AbortController();
    const events: ProfileEvent[] = [];
    const run = profileProject(dir, {
      tables: ['patients'],
      batchSize: 100,
      signal: controller.signal,
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'progress') controller.abort();
      },
    });
    const { status, profile } = await run;
    expect(status).toBe('cancelled');
    expect(profile.tables).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'finished', status: 'cancelled' });
    withStore(dir, (store) => {
      expect(store.latestProfile()).toBeNull();
      expect(store.listProfiles()[0]).toMatchObject({ status: 'cancelled' });
    });
  });

  it('throttles progress to about ten events a second', async () => {
    const dir = demoProjectWith({ patients: patients(5000) });
    const events: ProfileEvent[] = [];
    const started = performance.now();
    await profileProject(dir, { tables: ['patients'], batchSize: 10, onEvent: (e) => events.push(e), store: false });
    const seconds = (performance.now() - started) / 1000;
    const progress = events.filter((e) => e.type === 'progress').length;
    expect(progress).toBeLessThanOrEqual(3 + Math.ceil(seconds * 10));
  });

  it('leaves out a table that breaks part way, naming its file and line, and profiles the others', async () => {
    const dir = demoProjectWith({ patients: [...patients(3), 'P9,"unclosed'], admissions: [] });
    const events: ProfileEvent[] = [];
    const { status, profile } = await profileProject(dir, { batchSize: 2, onEvent: (e) => events.push(e) });
    expect(status).toBe('succeeded');
    expect(profile.tables.map((t) => t.name)).toEqual(['admissions', 'diagnoses', 'outpatient_appointments']);
    expect(profile.problems).toEqual([
      { source: 'pas', table: 'patients', file: expect.stringContaining('patients.csv'), line: 5, text: expect.stringContaining('unbalanced quote'), rowsRead: 3 },
    ]);
    expect(JSON.stringify(profile.problems)).not.toContain('unclosed');
    expect(events.at(-1)).toMatchObject({ type: 'finished', status: 'succeeded' });
    withStore(dir, (store) => expect(store.latestProfile()?.problems).toHaveLength(1));
  });

  it('lists a table discovery found unreadable without reading it', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'source', 'wards.csv'), '');
    const { profile } = await profileProject(dir, { store: false });
    expect(profile.tables).toHaveLength(4);
    expect(profile.problems).toMatchObject([{ table: 'wards', line: 1, text: expect.stringContaining('empty'), rowsRead: 0 }]);
  });
});

describe('profileProject for the app', () => {
  it('takes the profile id from the caller and filters by source', async () => {
    const dir = demoProjectWith({ patients: patients(2) });
    const { profile } = await profileProject(dir, { profileId: 'profile-given', sourceId: 'pas', tables: ['patients'], store: false });
    expect(profile.id).toBe('profile-given');
    await expect(profileProject(dir, { sourceId: 'other' })).rejects.toThrow(/no source with id "other"/);
  });
});
