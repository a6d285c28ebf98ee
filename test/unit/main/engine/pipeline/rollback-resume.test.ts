import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { initProject } from '../../../../../main/engine/project/init-project';
import { rollbackRun } from '../../../../../main/engine/pipeline/rollback';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { reconcileTarget } from '../../../../../main/engine/reconcile/reconcile-target';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

async function demo(patients = 200): Promise<string> {
  return (await initProject(join(tempDir(), 'demo'), { template: 'demo', patients, seed: 9 })).dir;
}

const townOf = (dir: string, patient: string) => {
  const db = new Database(join(dir, 'target', 'load.db'), { readonly: true });
  try {
    return (db.prepare('SELECT town FROM LOAD_PATIENT WHERE patient_id = ?').get(patient) as { town: string } | undefined)?.town;
  } finally {
    db.close();
  }
};

const runs = (dir: string) => {
  const store = RunStore.open(dir);
  try {
    return store.listRuns();
  } finally {
    store.close();
  }
};

describe('rollback', () => {
  it('puts the target back as it was before a run, undoing every later run too, and can be checked by reconciliation', async () => {
    const dir = await demo();
    const first = await runPipeline(await loadProject(dir));
    const patients = join(dir, 'source', 'patients.csv');
    const original = readFileSync(patients, 'utf8');
    const firstPatient = original.split('\n')[1]!.split(',')[0]!;
    const townBefore = townOf(dir, firstPatient);
    writeFileSync(patients, original.replace(new RegExp(`^(${firstPatient},(?:[^,]*,){8})[^,]*`, 'm'), '$1Rolled Town'));
    const second = await runPipeline(await loadProject(dir));
    expect(townOf(dir, firstPatient)).toBe('Rolled Town');
    expect(runs(dir).find((r) => r.id === second.runId)?.canRollBack).toBe(true);

    const result = rollbackRun(await loadProject(dir), second.runId, 'Sam Analyst');
    expect(result.undoneRuns).toEqual([second.runId]);
    expect(result.safetyCopy).toMatch(/^\.cutover\/backups\/before-rollback-/);
    expect(townOf(dir, firstPatient)).toBe(townBefore);
    const listed = runs(dir);
    expect(listed.find((r) => r.id === second.runId)).toMatchObject({ rolledBack: true, canRollBack: false });
    expect(listed.find((r) => r.id === first.runId)).toMatchObject({ rolledBack: false, canRollBack: true });
    expect(reconcileTarget(await loadProject(dir)).every((t) => t.parity === 1)).toBe(true);

    const again = await loadProject(dir);
    expect(() => rollbackRun(again, second.runId, 'x')).toThrow('already rolled back');
    const undoneAll = rollbackRun(await loadProject(dir), first.runId, 'Sam Analyst');
    expect(undoneAll).toMatchObject({ removedTarget: true, undoneRuns: [first.runId] });
    expect(existsSync(join(dir, 'target', 'load.db'))).toBe(false);
  });

  it('refuses a dry run, an unknown run and one whose copy was not kept', async () => {
    const dir = await demo(50);
    const dry = await runPipeline(await loadProject(dir), { dryRun: true });
    const project = await loadProject(dir);
    expect(() => rollbackRun(project, dry.runId, 'x')).toThrow('nothing to roll back');
    expect(() => rollbackRun(project, 'nope', 'x')).toThrow('no run with id');
    writeFileSync(join(dir, 'project.yaml'), readFileSync(join(dir, 'project.yaml'), 'utf8').replace('strategy: staged', 'strategy: staged\n  keepBackups: 0'));
    const unkept = await runPipeline(await loadProject(dir));
    const reread = await loadProject(dir);
    expect(() => rollbackRun(reread, unkept.runId, 'x')).toThrow('cannot be rolled back');
  });

  it('keeps only the newest copies', async () => {
    const dir = await demo(30);
    writeFileSync(join(dir, 'project.yaml'), readFileSync(join(dir, 'project.yaml'), 'utf8').replace('strategy: staged', 'strategy: staged\n  keepBackups: 2'));
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await runPipeline(await loadProject(dir))).runId);
    // The first run's "copy" is the note that there was no target yet: it costs nothing and stays.
    expect(runs(dir).filter((r) => r.canRollBack).map((r) => r.id).sort()).toEqual([ids[0]!, ...ids.slice(2)].sort());
    expect(readdirSync(join(dir, '.cutover', 'backups'))).toHaveLength(2);
  });
});

describe('resume', () => {
  it('carries on after the last committed batch of a failed run, under the same id, with the counts of a clean run', async () => {
    const clean = await demo(300);
    const cleanRun = await runPipeline(await loadProject(clean), { batchSize: 100 });

    const dir = await demo(300);
    const diagnoses = join(dir, 'source', 'diagnoses.csv');
    const good = readFileSync(diagnoses, 'utf8');
    const lines = good.split('\n');
    writeFileSync(diagnoses, [...lines.slice(0, 250), 'D9,"broken', ...lines.slice(250)].join('\n'));
    await expect(runPipeline(await loadProject(dir), { batchSize: 100 })).rejects.toThrow(/unbalanced quote/);
    const failed = runs(dir)[0]!;
    expect(failed.status).toBe('failed');

    writeFileSync(diagnoses, good);
    const resumed = await runPipeline(await loadProject(dir), { resume: failed.id, batchSize: 100 });
    expect(resumed.runId).toBe(failed.id);
    expect(resumed.status).toBe('succeeded');
    expect(resumed.tables).toEqual(cleanRun.tables);
    expect(runs(dir).filter((r) => r.id === failed.id)).toMatchObject([{ status: 'succeeded', error: null }]);
    const store = RunStore.open(dir);
    const duplicates = (store.db.prepare("SELECT count(*) AS n FROM issues WHERE run_id = ? AND rule = 'duplicate_key'").get(failed.id) as { n: number }).n;
    store.close();
    expect(duplicates).toBe(0);
    expect(reconcileTarget(await loadProject(dir)).every((t) => t.parity === 1)).toBe(true);
  });

  it('refuses to resume a finished run or a dry run, without touching it', async () => {
    const dir = await demo(30);
    const done = await runPipeline(await loadProject(dir));
    await expect(runPipeline(await loadProject(dir), { resume: done.runId })).rejects.toThrow('nothing to resume');
    expect(runs(dir).find((r) => r.id === done.runId)?.status).toBe('succeeded');
  });
});

