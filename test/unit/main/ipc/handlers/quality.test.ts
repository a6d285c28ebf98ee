import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initProject } from '../../../../../main/engine/project/init-project';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

async function generatedDemo(): Promise<{ dir: string; defects: Record<string, number> }> {
  const { dir } = await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 600, seed: 7 });
  const defects = JSON.parse(readFileSync(join(dir, 'source', 'defects.json'), 'utf8')).counts as Record<string, number>;
  await runPipeline(await loadProject(dir));
  return { dir, defects };
}

describe('quality:report', () => {
  it('finds exactly the defects the generator injected that the demo rules look for', async () => {
    const { dir, defects } = await generatedDemo();
    const report = (await callOk(engineOn(dir), 'quality:report', {}))!;
    const rule = (id: string) => report.rules.find((r) => r.ruleId === id)!;
    expect(rule('patient.nhs_number.modulus11')).toMatchObject({ kind: 'row', severity: 'error', failed: defects.invalid_nhs_number });
    expect(rule('admission.dates.ordered').failed).toBe(defects.discharge_before_admission);
    expect(rule('patient.nhs_number.modulus11').checked).toBeGreaterThan(500);
    expect(rule('patient.nhs_number.modulus11').description).toBe('NHS numbers must pass the modulus 11 check digit.');
    expect(rule('patient.nhs_number.unique')).toMatchObject({ kind: 'table', severity: 'warning' });
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(report.meanScore).toBeGreaterThan(0.9);
    expect(report.meanScore).toBeLessThan(1);
    const crosswalkMisses = report.findings.filter((f) => f.rule === 'crosswalk').reduce((n, f) => n + f.count, 0);
    const injected = ['unmapped_sex_code', 'unmapped_ethnic_code', 'unmapped_admission_method', 'unmapped_attendance_status'].reduce((n, kind) => n + (defects[kind] ?? 0), 0);
    expect(crosswalkMisses).toBe(injected);
  });

  it('answers null before any run, and NOT_FOUND for an unknown run', async () => {
    const engine = engineOn(demoProjectWith({}));
    expect(await callOk(engine, 'quality:report', {})).toBeNull();
    expect(await callFails(engine, 'quality:report', { runId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('loads a row that only warns, records the warning, and scores it below 1', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001', { title: 'Mr' }), patientRow('P0000002', { title: 'Sir' })] });
    writeFileSync(join(dir, 'quality', 'rules.yaml'), 'rules:\n  - id: patient.title.known\n    check: value_set\n    table: LOAD_PATIENT\n    field: title\n    values: [Mr, Mrs, Ms, Miss, Dr]\n    severity: warning\n');
    const run = await runPipeline(await loadProject(dir));
    expect(run.tables.find((t) => t.name === 'LOAD_PATIENT')).toMatchObject({ read: 2, written: 2, rejected: 0 });
    const report = (await callOk(engineOn(dir), 'quality:report', { runId: run.runId }))!;
    expect(report.totals).toMatchObject({ warnings: 1, rowsWithWarnings: 1, errors: 0 });
    const patients = report.tables.find((t) => t.table === 'LOAD_PATIENT')!;
    expect(patients.meanScore).toBeGreaterThan(0.9);
    expect(patients.meanScore).toBeLessThan(1);
    const page = await callOk(engineOn(dir), 'quality:issues', { runId: run.runId, rule: 'patient.title.known' });
    expect(page.total).toBe(1);
    expect(page.issues[0]).toMatchObject({ severity: 'warning', field: 'title', locator: { file: 'source/patients.csv', line: 3 } });
    expect(JSON.stringify(page)).not.toContain('Sir');
  });
});

describe('quality:issues and quality:rejects', () => {
  it('pages through issues by rule and severity, and hands over the rejects without values', async () => {
    const { dir } = await generatedDemo();
    const engine = engineOn(dir);
    const report = (await callOk(engine, 'quality:report', {}))!;
    const all = await callOk(engine, 'quality:issues', { runId: report.runId, severity: 'error', limit: 5 });
    expect(all.total).toBe(report.totals.errors);
    expect(all.issues).toHaveLength(5);
    const next = await callOk(engine, 'quality:issues', { runId: report.runId, severity: 'error', limit: 5, offset: 5 });
    expect(next.issues[0]).not.toEqual(all.issues[0]);
    const csv = await callOk(engine, 'quality:rejects', { runId: report.runId });
    const lines = csv.content.trim().split('\n');
    expect(lines[0]).toBe('target_table,source_file,source_line,source_message,source_segment,reasons');
    expect(lines).toHaveLength(report.totals.rejected + 1);
    expect(csv.content).not.toMatch(/\b\d{10}\b/);
    expect(await callFails(engine, 'quality:rejects', { runId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the library checks with their examples', async () => {
    const checks = await callOk(engineOn(null), 'quality:checks', {});
    expect(checks.map((c) => c.check)).toEqual(['required', 'type', 'length', 'value_set', 'regex', 'nhs_number', 'date_plausible', 'date_order', 'expression', 'unique', 'references', 'completeness']);
    expect(checks.every((c) => c.examples.length > 0)).toBe(true);
  });
});
