import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { initProject } from '../../../../../main/engine/project/init-project';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { cleanTempDirs, demoProjectWith, tempDir } from '../../../helpers/temp-project';
import { cli } from '../../cli/cli-helpers';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

async function ranDemo(): Promise<string> {
  const { dir } = await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 400, seed: 11 });
  await runPipeline(await loadProject(dir));
  return dir;
}

describe('gates', () => {
  it('lists the profiles of gates.yaml with their thresholds', async () => {
    const profiles = await callOk(engineOn(demoProjectWith({})), 'gates:profiles', {});
    expect(profiles.map((p) => p.name)).toEqual(['pre_production', 'cutover_ready']);
    expect(profiles[1]!.thresholds.find((t) => t.metric === 'errors')).toEqual({ metric: 'errors', min: null, max: 0 });
  });

  it('passes the demo for a rehearsal and fails it for the cutover, each gate with its evidence', async () => {
    const engine = engineOn(await ranDemo());
    const rehearsal = await callOk(engine, 'gates:evaluate', { profile: 'pre_production' });
    expect(rehearsal.verdict).toBe('PASS');
    const cutover = await callOk(engine, 'gates:evaluate', { profile: 'cutover_ready' });
    expect(cutover.verdict).toBe('FAIL');
    const gate = (metric: string) => cutover.gates.find((g) => g.metric === metric)!;
    expect(gate('errors')).toMatchObject({ outcome: 'fail', max: 0 });
    expect(gate('errors').value).toBeGreaterThan(0);
    expect(gate('reconciliation_parity')).toMatchObject({ value: 1, outcome: 'pass' });
    expect(gate('population_ratio').evidence).toMatch(/^\d+ of \d+ source rows are in the target/);
    expect(gate('mean_quality_score').value).toBeGreaterThan(0.95);
  });

  it('lets a failing gate through with a waiver naming who and why, and takes it back', async () => {
    const dir = await ranDemo();
    const engine = engineOn(dir);
    const { runId } = await callOk(engine, 'gates:evaluate', { profile: 'cutover_ready' });
    const waived = await callOk(engine, 'gates:waive', { runId, profile: 'cutover_ready', metric: 'duplicate_rate', reason: 'Sent to the deduplication review', by: 'Dr Ada Governance' });
    expect(waived.gates.find((g) => g.metric === 'duplicate_rate')).toMatchObject({ outcome: 'waived', waiver: { by: 'Dr Ada Governance', reason: 'Sent to the deduplication review' } });
    expect(await callFails(engine, 'gates:waive', { runId, profile: 'cutover_ready', metric: 'duplicate_rate', reason: 'x', by: 'y' })).toMatchObject({ code: 'CONFLICT' });
    expect(await callFails(engine, 'gates:waive', { runId, profile: 'cutover_ready', metric: 'errors', reason: '  ', by: 'y' })).toMatchObject({ code: 'VALIDATION' });
    expect(await callFails(engine, 'gates:waive', { runId, profile: 'pre_production', metric: 'duplicate_rate', reason: 'x', by: 'y' })).toMatchObject({ code: 'NOT_FOUND' });
    const back = await callOk(engine, 'gates:withdraw-waiver', { runId, profile: 'cutover_ready', metric: 'duplicate_rate' });
    expect(back.gates.find((g) => g.metric === 'duplicate_rate')?.outcome).toBe('fail');
    const audit = new Database(join(dir, '.cutover', 'run-store.db'), { readonly: true });
    const actions = audit.prepare("SELECT action, actor FROM audit_log WHERE action LIKE 'gates.%' ORDER BY id").all() as { action: string; actor: string }[];
    audit.close();
    expect(actions.filter((a) => a.action === 'gates.waived')).toEqual([{ action: 'gates.waived', actor: 'Dr Ada Governance' }]);
    expect(actions.some((a) => a.action === 'gates.waiver_withdrawn')).toBe(true);
  });

  it('fails a gate it cannot measure, and needs a run and a known profile', async () => {
    const dir = demoProjectWith({});
    const engine = engineOn(dir);
    expect(await callFails(engine, 'gates:evaluate', { profile: 'cutover_ready' })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('no run') });
    const dry = await runPipeline(await loadProject(dir), { dryRun: true });
    const verdict = await callOk(engine, 'gates:evaluate', { profile: 'cutover_ready', runId: dry.runId });
    expect(verdict.gates.find((g) => g.metric === 'reconciliation_parity')).toMatchObject({ value: null, outcome: 'fail', evidence: 'a dry run leaves no target to reconcile' });
    expect(await callFails(engine, 'gates:evaluate', { profile: 'golive' })).toMatchObject({ code: 'NOT_FOUND', details: { file: 'quality/gates.yaml' } });
  });
});

describe('reconcile', () => {
  it('finds a row changed, one lost and one added in the target after the load', async () => {
    const dir = await ranDemo();
    expect((await callOk(engineOn(dir), 'reconcile:target', {})).every((t) => t.parity === 1 && t.extra === 0 && t.loadedSha256 === t.targetSha256)).toBe(true);
    const target = new Database(join(dir, 'target', 'load.db'));
    target.exec("UPDATE LOAD_PATIENT SET town = 'Elsewhere' WHERE rowid = 1; DELETE FROM LOAD_DIAGNOSIS WHERE rowid = 1;");
    target.exec("INSERT INTO LOAD_PATIENT (patient_id, given_name, family_name, birth_date, sex_code, source_system) VALUES ('ZZ9', 'A', 'B', '1970-01-01', '1', 'HAND')");
    target.close();
    const tables = await callOk(engineOn(dir), 'reconcile:target', {});
    const patients = tables.find((t) => t.table === 'LOAD_PATIENT')!;
    expect(patients).toMatchObject({ changed: 1, missing: 0, extra: 1 });
    expect(patients.parity).toBeLessThan(1);
    expect(patients.loadedSha256).not.toBe(patients.targetSha256);
    expect(tables.find((t) => t.table === 'LOAD_DIAGNOSIS')).toMatchObject({ missing: 1, changed: 0 });
    const printed = await cli('reconcile', dir);
    expect(printed.code).toBe(1);
    expect(printed.out).toContain('Parity: 2 tables differ from what was loaded.');
  });
});

describe('cutover gates', () => {
  it('prints each gate and exits 0 on PASS, 1 on FAIL, 2 on a bad profile', async () => {
    const dir = await ranDemo();
    const pass = await cli('gates', dir, '--profile', 'pre_production');
    expect(pass.code).toBe(0);
    expect(pass.out).toMatch(/^Gates pre_production on run \S+: PASS$/m);
    const fail = await cli('gates', dir, '--profile', 'cutover_ready', '--json');
    expect(fail.code).toBe(1);
    expect(JSON.parse(fail.out)).toMatchObject({ profile: 'cutover_ready', verdict: 'FAIL' });
    expect((await cli('gates', dir, '--profile', 'nope')).code).toBe(2);
    const waived = await cli('gates', dir, '--profile', 'cutover_ready', '--waive', 'warnings', '--reason', 'checked by hand', '--by', 'Sam');
    expect(waived.code).toBe(1);
    writeFileSync(join(dir, 'quality', 'gates.yaml'), 'profiles:\n  smoke:\n    thresholds:\n      tables_written: { min: 1 }\n');
    expect((await cli('gates', dir, '--profile', 'smoke')).code).toBe(0);
  });
});
