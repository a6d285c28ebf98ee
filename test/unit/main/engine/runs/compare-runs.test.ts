import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runComparisonSchema } from '../../../../../preload/contract/compare-schemas';
import { isUserError } from '../../../../../main/engine/errors';
import { initProject } from '../../../../../main/engine/project/init-project';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { compareRuns } from '../../../../../main/engine/runs/compare-runs';
import { GateStore } from '../../../../../main/store/gate-store';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir, writeSource } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

function withStore<T>(dir: string, work: (store: RunStore) => T): T {
  const store = RunStore.open(dir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

const GOOD = [patientRow('P0000001'), patientRow('P0000002', { nhs_number: '9876543210', surname: 'Okonkwo' }), patientRow('P0000003', { nhs_number: '4010232137' })];
// One NHS number failing its check digit, one sex code no crosswalk knows.
const FLAWED = [patientRow('P0000001'), patientRow('P0000002', { nhs_number: '9876543211', surname: 'Okonkwo' }), patientRow('P0000003', { nhs_number: '4010232137', sex: 'X' })];

/** Two runs of three patients: the first with two flawed rows in batches of one, the second fixed at the default batch size. */
async function flawedThenFixed(): Promise<{ dir: string; flawed: string; fixed: string }> {
  const dir = demoProjectWith({ patients: FLAWED });
  const flawed = (await runPipeline(await loadProject(dir), { batchSize: 1 })).runId;
  writeSource(dir, 'patients', GOOD);
  const fixed = (await runPipeline(await loadProject(dir))).runId;
  return { dir, flawed, fixed };
}

describe('compareRuns', () => {
  it('lines up counts, rules, options and scores of two runs, with plain-English findings', async () => {
    const { dir, flawed, fixed } = await flawedThenFixed();
    const c = withStore(dir, (store) => compareRuns(store, [flawed, fixed]));
    expect(runComparisonSchema.parse(c)).toEqual(c);
    expect(c.baselineId).toBe(flawed);
    expect(c.runs.map((r) => [r.id, r.batchSize, r.strategy, r.dryRun])).toEqual([
      [flawed, 1, 'staged', false],
      [fixed, 1000, 'staged', false],
    ]);
    expect(c.runs[0]).toMatchObject({ read: 3, rejected: 2, status: 'succeeded' });
    expect(c.runs[0]!.durationMillis).toBeGreaterThanOrEqual(0);

    const patients = c.tables.find((t) => t.table === 'LOAD_PATIENT')!;
    expect(patients.runs[0]).toMatchObject({ read: 3, written: 1, rejected: 2, skipped: 0, delta: null, scoreDelta: null });
    // The unchanged first patient is already in the target: skipped, not rewritten.
    expect(patients.runs[1]).toMatchObject({ read: 3, written: 2, rejected: 0, skipped: 1, delta: { read: 0, written: 1, rejected: -2, skipped: 1 } });
    expect(patients.runs[1]!.scoreDelta).toBeGreaterThan(0);
    expect(c.tables.map((t) => t.table)).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);

    const rule = (id: string) => c.rules.find((r) => r.rule === id && r.table === 'LOAD_PATIENT');
    expect(rule('patient.nhs_number.modulus11')).toMatchObject({ severity: 'error', counts: [1, 0], deltas: [null, -1], change: 'gone' });
    expect(rule('crosswalk')).toMatchObject({ counts: [1, 0], change: 'gone' });

    expect(c.stages.map((s) => s.stage)).toEqual(['extract', 'transform', 'validate', 'load']);
    const extract = c.stages[0]!;
    expect(extract.runs.map((s) => s?.rows)).toEqual([3, 3]);
    expect(extract.runs[0]!.ratio).toBeNull();

    const texts = c.findings.map((f) => `${f.tone}: ${f.text}`);
    expect(texts).toContain('better: rejected rows fell from 2 to 0 in LOAD_PATIENT');
    expect(texts).toContain('better: rule patient.nhs_number.modulus11 no longer fires in LOAD_PATIENT; it fired once');
    expect(texts).toContain('info: batch size 1,000, was 1');
    expect(texts).toContain('info: rows already in the target unchanged (skipped) rose from 0 to 1');
    expect(c.findings.every((f) => f.runId === fixed)).toBe(true);
    // The weightiest first: counts before rules, options last.
    expect(c.findings[0]!.kind).toBe('table');
    expect(c.findings.at(-1)!.kind).toBe('options');
  });

  it('reads the other way round with the fixed run as the baseline, and carries no row values', async () => {
    const { dir, flawed, fixed } = await flawedThenFixed();
    const c = withStore(dir, (store) => compareRuns(store, [fixed, flawed]));
    expect(c.rules.find((r) => r.rule === 'patient.nhs_number.modulus11')).toMatchObject({ counts: [0, 1], change: 'new' });
    const texts = c.findings.map((f) => `${f.tone}: ${f.text}`);
    expect(texts).toContain('worse: rejected rows rose from 0 to 2 in LOAD_PATIENT');
    expect(texts).toContain('worse: rule patient.nhs_number.modulus11 now fires once in LOAD_PATIENT; it did not fire in the baseline');
    const json = JSON.stringify(c);
    for (const value of ['9876543211', '9876543210', 'Okonkwo', 'Smith', 'P0000002']) expect(json).not.toContain(value);
  });

  it('compares the newest recorded gate verdicts', async () => {
    const { dir, flawed, fixed } = await flawedThenFixed();
    withStore(dir, (store) => {
      const gates = new GateStore(store.db);
      const verdict = (runId: string, v: 'PASS' | 'FAIL') => ({ profile: 'pre_production', description: null, runId, evaluatedAt: new Date().toISOString(), verdict: v, gates: [] });
      gates.recordEvaluation(verdict(flawed, 'PASS'));
      gates.recordEvaluation(verdict(flawed, 'FAIL')); // the newer verdict counts
      gates.recordEvaluation(verdict(fixed, 'PASS'));
    });
    const c = withStore(dir, (store) => compareRuns(store, [flawed, fixed]));
    expect(c.gates).toEqual([{ profile: 'pre_production', verdicts: ['FAIL', 'PASS'] }]);
    expect(c.findings[0]).toMatchObject({ kind: 'gate', tone: 'better', text: 'gate profile pre_production now passes; it failed for the baseline' });
  });

  it('refuses an unknown run (NOT_FOUND, naming it), one run, five runs, and a run named twice', async () => {
    const { dir, flawed, fixed } = await flawedThenFixed();
    const failure = (ids: string[]) => {
      try {
        withStore(dir, (store) => compareRuns(store, ids));
      } catch (error) {
        if (isUserError(error)) return { code: error.code, message: error.message };
        throw error;
      }
      throw new Error('compareRuns should have refused');
    };
    expect(failure([flawed, 'no-such-run'])).toEqual({ code: 'NOT_FOUND', message: 'No run with id no-such-run' });
    expect(failure([flawed])).toMatchObject({ code: 'BAD_INPUT' });
    expect(failure([flawed, fixed, flawed])).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('named twice') });
    expect(failure(['a', 'b', 'c', 'd', 'e'])).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('compareRuns on the generated demo', () => {
  it('sees a crosswalk fix and a dry run against the first load', async () => {
    const { dir } = await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 300, seed: 7 });
    const sex = join(dir, 'mapping', 'crosswalks', 'sex.csv');
    const original = readFileSync(sex, 'utf8');
    writeFileSync(sex, original.replace(/^F,.*\n/m, ''));
    const broken = (await runPipeline(await loadProject(dir), { batchSize: 100 })).runId;
    writeFileSync(sex, original);
    const fixed = (await runPipeline(await loadProject(dir), { batchSize: 25 })).runId;
    const dry = (await runPipeline(await loadProject(dir), { dryRun: true })).runId;

    const c = withStore(dir, (store) => compareRuns(store, [broken, fixed, dry]));
    expect(c.runs.map((r) => r.dryRun)).toEqual([false, false, true]);
    const patients = c.tables.find((t) => t.table === 'LOAD_PATIENT')!;
    const [before, after] = [patients.runs[0]!, patients.runs[1]!];
    expect(before.rejected).toBeGreaterThan(100); // about half the patients are female
    expect(after.rejected).toBeLessThan(before.rejected / 10);
    expect(after.delta!.rejected).toBe(after.rejected - before.rejected);
    const crosswalk = c.rules.find((r) => r.rule === 'crosswalk' && r.table === 'LOAD_PATIENT')!;
    expect(crosswalk.counts[1]! - crosswalk.counts[0]!).toBe(crosswalk.deltas[1]);
    // Every patient the fix let in had only the crosswalk against it; a few with other errors stay rejected.
    expect(crosswalk.counts[0]! - crosswalk.counts[1]!).toBeGreaterThanOrEqual(before.rejected - after.rejected);
    expect(crosswalk.change).toBe('changed');
    // Children of rejected patients were refused for their missing parent; fixing the crosswalk brings them in.
    expect(c.rules.find((r) => r.rule === 'references' && r.table === 'LOAD_ADMISSION')!.change).toMatch(/changed|gone/);

    const forFixed = c.findings.filter((f) => f.runId === fixed).map((f) => f.text);
    expect(forFixed).toContain(`rejected rows fell from ${before.rejected} to ${after.rejected} in LOAD_PATIENT`);
    expect(forFixed).toContain('batch size 25, was 100');
    const forDry = c.findings.filter((f) => f.runId === dry);
    expect(forDry).toContainEqual({ runId: dry, kind: 'options', tone: 'info', text: 'a dry run (nothing loaded); the baseline loaded' });
    expect(c.findings.findIndex((f) => f.runId === dry)).toBeGreaterThan(c.findings.findLastIndex((f) => f.runId === fixed));
  });
});
