import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../../../preload/contract';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { initProject } from '../../../../../main/engine/project/init-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { planTables } from '../../../../../main/engine/pipeline/table-plan';
import { loadWaves } from '../../../../../main/engine/pipeline/waves';
import { reconcileTarget } from '../../../../../main/engine/reconcile/reconcile-target';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

async function demo(patients = 300): Promise<string> {
  return (await initProject(join(tempDir(), 'demo'), { template: 'demo', patients, seed: 21 })).dir;
}

const rowCounts = (dir: string) => {
  const db = new Database(join(dir, 'target', 'load.db'), { readonly: true });
  try {
    return ['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
};

const breakDiagnoses = (dir: string) => {
  const file = join(dir, 'source', 'diagnoses.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(file, [...lines.slice(0, 150), 'D9,"broken', ...lines.slice(150)].join('\n'));
};

describe('pipeline strategies', () => {
  it('groups tables into waves that can load side by side: parents first, siblings together', async () => {
    const project = await loadProject(await demo(20));
    expect(loadWaves(planTables(project)).map((wave) => wave.map((p) => p.table.name))).toEqual([
      ['LOAD_PATIENT'], ['LOAD_ADMISSION', 'LOAD_OUTPATIENT'], ['LOAD_DIAGNOSIS'],
    ]);
  });

  it('parallel loads independent tables side by side, batches interleaved, to the same counts as staged', async () => {
    const staged = await runPipeline(await loadProject(await demo()), { batchSize: 50, strategy: 'staged' });
    const events: RunEvent[] = [];
    const dir = await demo();
    const parallel = await runPipeline(await loadProject(dir), { batchSize: 50, strategy: 'parallel', concurrency: 2, onEvent: (e) => events.push(e) });
    expect(parallel.status).toBe('succeeded');
    expect(parallel.tables).toEqual(staged.tables);
    // Both siblings start before either finishes.
    const order = events.filter((e) => e.type === 'stage-started' && e.stage === 'extract' || e.type === 'table-finished').map((e) => (e.type === 'table-finished' ? `done ${e.counts.name}` : `start ${(e as { table: string }).table}`));
    expect(order.indexOf('start LOAD_OUTPATIENT')).toBeLessThan(order.indexOf('done LOAD_ADMISSION'));
    expect(order.indexOf('start LOAD_DIAGNOSIS')).toBeGreaterThan(order.indexOf('done LOAD_ADMISSION'));
    // Progress counts every table's rows, whichever reported last.
    const progress = events.filter((e): e is Extract<RunEvent, { type: 'batch-committed' }> => e.type === 'batch-committed').map((e) => e.rowsDone);
    expect(progress.every((v, i) => i === 0 || v >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(parallel.tables.reduce((n, t) => n + t.read, 0));
    expect(reconcileTarget(await loadProject(dir)).every((t) => t.parity === 1)).toBe(true);
    const store = RunStore.open(dir);
    const options = JSON.parse((store.db.prepare('SELECT options_json FROM runs WHERE id = ?').get(parallel.runId) as { options_json: string }).options_json);
    store.close();
    expect(options).toMatchObject({ strategy: 'parallel', concurrency: 2 });
  });

  it('a failure under parallel keeps what was committed, as staged does', async () => {
    const dir = await demo();
    breakDiagnoses(dir);
    await expect(runPipeline(await loadProject(dir), { batchSize: 50, strategy: 'parallel' })).rejects.toThrow(/unbalanced quote/);
    const [patients, admissions, outpatients, diagnoses] = rowCounts(dir);
    expect(patients).toBeGreaterThan(0);
    expect(admissions).toBeGreaterThan(0);
    expect(outpatients).toBeGreaterThan(0);
    expect(diagnoses).toBeGreaterThan(0);
  });

  it('under parallel, a failing table stops its sibling, and the run fails with the real cause', async () => {
    const dir = await demo();
    const file = join(dir, 'source', 'outpatient_appointments.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [...lines.slice(0, 40), 'O9,"broken', ...lines.slice(40)].join('\n'));
    const events: RunEvent[] = [];
    await expect(runPipeline(await loadProject(dir), { batchSize: 20, strategy: 'parallel', onEvent: (e) => events.push(e) })).rejects.toThrow(/unbalanced quote/);
    const store = RunStore.open(dir);
    const latest = store.listRuns()[0]!;
    store.close();
    expect(latest.status).toBe('failed');
    // The sibling stopped early: admissions never finished, diagnoses never started.
    expect(events.some((e) => e.type === 'table-finished' && e.counts.name === 'LOAD_ADMISSION')).toBe(false);
    expect(events.some((e) => e.type === 'stage-started' && e.table === 'LOAD_DIAGNOSIS')).toBe(false);
    expect(rowCounts(dir)[1]).toBeGreaterThan(0);
  });

  it('big bang is all or nothing: a failed run is rolled back, leaving the target as it was', async () => {
    const dir = await demo();
    await runPipeline(await loadProject(dir), { batchSize: 50 });
    const before = rowCounts(dir);
    // Change the source so a run would add rows, then break it part-way through.
    const patientsFile = join(dir, 'source', 'patients.csv');
    const patientLines = readFileSync(patientsFile, 'utf8').trimEnd().split('\n');
    writeFileSync(patientsFile, [...patientLines, patientLines[1]!.replace(/^P\d+/, 'P9999999')].join('\n') + '\n');
    breakDiagnoses(dir);
    const events: RunEvent[] = [];
    await expect(runPipeline(await loadProject(dir), { batchSize: 50, strategy: 'big_bang', onEvent: (e) => events.push(e) })).rejects.toThrow(/unbalanced quote.*big bang: rolled back/);
    expect(rowCounts(dir)).toEqual(before);
    const failed = events.find((e) => e.type === 'run-failed');
    expect(failed && 'message' in failed ? failed.message : '').toMatch(/rolled back/);
    const store = RunStore.open(dir);
    const latest = store.listRuns()[0]!;
    store.close();
    expect(latest).toMatchObject({ status: 'failed', rolledBack: true });
    expect(reconcileTarget(await loadProject(dir)).every((t) => t.parity === 1)).toBe(true);
  });

  it('big bang rolls back a cancelled run too, and keeps its copy even with backups off', async () => {
    const dir = await demo();
    const yaml = join(dir, 'project.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('strategy: staged', 'strategy: staged\n  keepBackups: 0'));
    const controller = new AbortController();
    const result = await runPipeline(await loadProject(dir), {
      batchSize: 20, strategy: 'big_bang', signal: controller.signal,
      onEvent: (e) => { if (e.type === 'batch-committed' && e.table === 'LOAD_ADMISSION') controller.abort(); },
    });
    expect(result).toMatchObject({ status: 'cancelled', rolledBack: true });
    // The target did not exist before this first run, so undoing it removes it.
    expect(() => rowCounts(dir)).toThrow();
  });
});
