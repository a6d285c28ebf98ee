import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../../../preload/contract';
import { UserError } from '../../../../../main/engine/errors';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { RunStore } from '../../../../../main/store/run-store';
import { cleanTempDirs, demoProjectWith, patientRow, writeSource } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

const targetRows = (dir: string, table: string) => {
  const db = new Database(join(dir, 'target', 'load.db'), { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

describe('runPipeline', () => {
  it('maps direct, crosswalk and derived fields into the target', async () => {
    const dir = demoProjectWith({
      patients: [patientRow('P0000001')],
      admissions: ['A00000001,P0000001,01/02/2020,09:30,05/02/2020,EM,300,W1,C1234567'],
    });
    const result = await runPipeline(await loadProject(dir));
    expect(result.status).toBe('succeeded');
    const [patient] = targetRows(dir, 'LOAD_PATIENT');
    expect(patient).toMatchObject({
      patient_id: 'P0000001', family_name: 'Smith', birth_date: '1960-04-03', sex_code: '1',
      ethnic_category: 'A', marital_status: 'M', postcode: 'LS1 4AP', source_system: 'LEGACY_PAS', religion: null,
    });
    expect(targetRows(dir, 'LOAD_ADMISSION')[0]).toMatchObject({ admission_method: '21', length_of_stay: 4, admission_date: '2020-02-01' });
  });

  it('rejects rows with the rule that failed, and the counts add up', async () => {
    const dir = demoProjectWith({
      patients: [
        patientRow('P0000001'),
        patientRow('P0000002', { surname: '' }),
        patientRow('P0000003', { sex: 'X' }),
        patientRow('P0000004', { date_of_birth: '31/02/1987' }),
        patientRow('P0000005', { ethnic_code: '' }),
      ],
      admissions: [
        'A00000001,P0000001,01/02/2020,09:30,05/02/2020,EL,300,W1,C1234567',
        'A00000002,P0000999,01/02/2020,09:30,05/02/2020,EL,300,W1,C1234567',
        'A00000003,P0000002,01/02/2020,09:30,05/02/2020,EL,300,W1,C1234567',
      ],
    });
    const result = await runPipeline(await loadProject(dir));
    const patients = result.tables.find((t) => t.name === 'LOAD_PATIENT')!;
    expect(patients).toEqual({ name: 'LOAD_PATIENT', read: 5, written: 2, rejected: 3, skipped: 0 });
    expect(result.tables.find((t) => t.name === 'LOAD_ADMISSION')).toMatchObject({ read: 3, written: 1, rejected: 2 });
    for (const t of result.tables) expect(t.read).toBe(t.written + t.rejected + t.skipped);
    expect(targetRows(dir, 'LOAD_PATIENT').find((p) => p.patient_id === 'P0000005')).toMatchObject({ ethnic_category: 'Z' });

    const store = RunStore.open(dir);
    const detail = store.getRun(result.runId);
    store.close();
    const rules = detail.issues.map((i) => `${i.table}:${i.rule}:${i.field}:${i.locator.line}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'LOAD_PATIENT:required:family_name:3',
        'LOAD_PATIENT:crosswalk:sex_code:4',
        'LOAD_PATIENT:expression:birth_date:5',
        'LOAD_ADMISSION:references:patient_id:3',
        'LOAD_ADMISSION:references:patient_id:4',
      ]),
    );
    expect(detail.issues.every((i) => !i.message.includes('Smith'))).toBe(true);
  });

  it('rejects a row the target itself refuses, with rule constraint, and goes on', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002', { postcode: 'ab1 23cd' })] });
    const schema = join(dir, 'target', 'load-schema.sql');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('postcode          VARCHAR(8),', "postcode VARCHAR(8) CHECK (length(postcode) <= 7),"));
    const result = await runPipeline(await loadProject(dir));
    expect(result.tables[0]).toMatchObject({ read: 2, written: 1, rejected: 1 });
    const store = RunStore.open(dir);
    const [issue] = store.getRun(result.runId).issues;
    store.close();
    expect(issue).toMatchObject({ rule: 'constraint', locator: { line: 3 } });
    expect(issue!.message).not.toMatch(/AB1|23CD/i);
  });

  it('is idempotent: a second run writes nothing new and skips unchanged rows', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002')] });
    const first = await runPipeline(await loadProject(dir));
    const second = await runPipeline(await loadProject(dir));
    expect(first.tables[0]).toMatchObject({ written: 2, skipped: 0 });
    expect(second.tables[0]).toMatchObject({ written: 0, skipped: 2 });
    expect(targetRows(dir, 'LOAD_PATIENT')).toHaveLength(2);
  });

  it('writes only what changed when a source row changes', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002')] });
    await runPipeline(await loadProject(dir));
    writeSource(dir, 'patients', [patientRow('P0000001'), patientRow('P0000002', { surname: 'Jones' })]);
    const again = await runPipeline(await loadProject(dir));
    expect(again.tables[0]).toMatchObject({ read: 2, written: 1, skipped: 1 });
    expect(targetRows(dir, 'LOAD_PATIENT').map((p) => p.family_name)).toEqual(['Smith', 'Jones']);
  });

  it('rejects a second row with the same key in one run instead of overwriting', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000001', { surname: 'Other' })] });
    const result = await runPipeline(await loadProject(dir));
    expect(result.tables[0]).toMatchObject({ read: 2, written: 1, rejected: 1 });
  });

  it('leaves the target untouched on a dry run', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001')] });
    const result = await runPipeline(await loadProject(dir), { dryRun: true });
    expect(result.tables[0]).toMatchObject({ read: 1, written: 1 });
    expect(existsSync(join(dir, 'target', 'load.db'))).toBe(false);
    expect(existsSync(join(dir, '.cutover', 'scratch'))).toBe(false);
  });

  it('streams progress events with stage rows, and finishes with the counts', async () => {
    const dir = demoProjectWith({ patients: Array.from({ length: 30 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`)) });
    const events: RunEvent[] = [];
    await runPipeline(await loadProject(dir), { batchSize: 7, onEvent: (e) => events.push(e) });
    expect(events[0]).toMatchObject({ type: 'run-started', totalRows: 30 });
    const batches = events.filter((e) => e.type === 'batch-committed' && e.table === 'LOAD_PATIENT');
    expect(batches.length).toBeGreaterThan(0);
    const last = batches.at(-1)!;
    expect(last).toMatchObject({ rowsDone: 30, counts: { read: 30, written: 30 } });
    expect(last.type === 'batch-committed' && last.stages.map((s) => s.stage)).toEqual(['extract', 'transform', 'validate', 'load']);
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'succeeded' });
  });

  it('stops after the current batch when cancelled, keeping what was committed', async () => {
    const dir = demoProjectWith({ patients: Array.from({ length: 50 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`)) });
    const controller = new AbortController();
    const result = await runPipeline(await loadProject(dir), {
      batchSize: 10,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'batch-committed') controller.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    const loaded = targetRows(dir, 'LOAD_PATIENT').length;
    expect(loaded).toBeGreaterThanOrEqual(10);
    expect(loaded).toBeLessThan(50);
  });

  it('fails on a broken quote naming the file and line, and keeps committed batches', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`));
    rows.push('P0000099,"9434765919,Mr,Alan');
    const dir = demoProjectWith({ patients: rows });
    let caught: unknown;
    try {
      await runPipeline(await loadProject(dir), { batchSize: 5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).describe()).toBe('source/patients.csv:22: a quoted field is never closed (unbalanced quote)');
    expect(targetRows(dir, 'LOAD_PATIENT')).toHaveLength(20);
    const store = RunStore.open(dir);
    expect(store.listRuns()[0]).toMatchObject({ status: 'failed' });
    store.close();
  });
});
