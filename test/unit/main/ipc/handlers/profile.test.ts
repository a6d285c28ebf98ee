import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileEvent } from '../../../../../preload/contract';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn, eventsNamed, namedPatients } from './handler-helpers';

afterEach(cleanTempDirs);

/** Resolves with the scan's last event once it finished or failed. */
async function finished(engine: ReturnType<typeof engineOn>, profileId: string): Promise<ProfileEvent> {
  for (let i = 0; i < 500; i++) {
    const end = eventsNamed(engine, 'profile:event').find((e) => e.profileId === profileId && e.type !== 'progress');
    if (end) return end;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the scan did not finish');
}

describe('profile:start, profile:event and profile:get', () => {
  it('answers the id at once, streams progress and stores a profile that get answers', async () => {
    // Forty patients: every surname appears five times, enough to be a top value.
    const { rows, surnames, nhsNumbers } = namedPatients(40);
    const engine = engineOn(demoProjectWith({ patients: rows }));
    expect(await callOk(engine, 'profile:get', {})).toBeNull();

    const { profileId } = await callOk(engine, 'profile:start', {});
    expect(profileId).toMatch(/^profile-/);
    expect(await finished(engine, profileId)).toEqual({ type: 'finished', profileId, status: 'succeeded' });
    const events = eventsNamed(engine, 'profile:event');
    expect(events.every((e) => e.profileId === profileId)).toBe(true);
    expect(events.filter((e) => e.type === 'progress' && e.table === 'patients').at(-1)).toMatchObject({ rowsDone: 40, totalRows: 40 });

    const latest = await callOk(engine, 'profile:get', {});
    expect(latest?.id).toBe(profileId);
    expect(latest?.tables.map((t) => t.name)).toEqual(['admissions', 'diagnoses', 'outpatient_appointments', 'patients']);
    const patients = latest!.tables.find((t) => t.name === 'patients')!;
    expect(patients.columns.find((c) => c.name === 'nhs_number')?.flags).toContain('nhs_number');
    const surname = patients.columns.find((c) => c.name === 'surname')!;
    expect(surname.flags).toContain('person_name');
    expect(surname.top.length).toBeGreaterThan(0);
    const text = JSON.stringify(latest);
    for (const name of surnames) expect(text).not.toContain(name);
    for (const nhs of nhsNumbers) expect(text).not.toContain(nhs);

    const revealed = await callOk(engine, 'profile:get', { profileId, reveal: true });
    expect(revealed!.tables.find((t) => t.name === 'patients')!.columns.find((c) => c.name === 'surname')!.top.map((t) => t.value).sort()).toEqual(
      [...surnames].sort(),
    );
    // Direct identifiers never have top values, revealed or not.
    expect(JSON.stringify(revealed)).not.toContain(nhsNumbers[0]);
  });

  it('profiles one source, or chosen tables of it', async () => {
    const engine = engineOn(demoProjectWith({ patients: namedPatients(5).rows }));
    const { profileId } = await callOk(engine, 'profile:start', { sourceId: 'pas', tables: ['patients'] });
    expect(await finished(engine, profileId)).toMatchObject({ type: 'finished' });
    expect((await callOk(engine, 'profile:get', { profileId }))?.tables.map((t) => t.name)).toEqual(['patients']);
    const all = await callOk(engine, 'profile:start', { sourceId: 'pas' });
    await finished(engine, all.profileId);
    expect((await callOk(engine, 'profile:get', {}))?.tables).toHaveLength(4);
  });

  it('ends a scan of an unknown table with a failed event naming it, and refuses an unknown source or profile id', async () => {
    const engine = engineOn(demoProjectWith({}));
    const { profileId } = await callOk(engine, 'profile:start', { tables: ['nope'] });
    const end = await finished(engine, profileId);
    expect(end).toMatchObject({ type: 'failed', message: expect.stringContaining('no source table named "nope"') });
    expect(await callFails(engine, 'profile:start', { sourceId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.session.busy).toBe(false);
    expect(await callFails(engine, 'profile:get', { profileId: 'profile-x' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callOk(engine, 'profile:cancel', { profileId: 'profile-x' })).toEqual({ cancelled: false });
  });

  it('refuses a second scan while one is in flight', async () => {
    const engine = engineOn(demoProjectWith({ patients: namedPatients(3).rows }));
    const [first, second] = await Promise.all([engine.dispatch('profile:start', {}), engine.dispatch('profile:start', {})]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (first.ok) await finished(engine, (first.data as { profileId: string }).profileId);
  });

  it('cancels a scan in flight', async () => {
    const engine = engineOn(demoProjectWith({ patients: namedPatients(3).rows }));
    const { profileId } = await callOk(engine, 'profile:start', {});
    expect(engine.session.busy).toBe(true);
    const { cancelled } = await callOk(engine, 'profile:cancel', { profileId });
    const end = await finished(engine, profileId);
    // A tiny project may finish before the cancel lands; either way the session is free.
    expect(end).toMatchObject({ type: 'finished', status: cancelled ? expect.stringMatching(/cancelled|succeeded/) : 'succeeded' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.session.busy).toBe(false);
  });
});
