import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

const bin = fileURLToPath(new URL('../../../../bin/cutover.mjs', import.meta.url));

describe('cutover CLI', () => {
  it('prints help listing every command', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    for (const command of ['init', 'generate', 'validate', 'run', 'runs', 'serve']) expect(out).toContain(command);
  });

  it('exits 2 on an unknown command or a bad option value', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('run', '/tmp', '--batch-size', 'many')).code).toBe(2);
  });

  it('exits 2 with one clear line for a missing project folder', async () => {
    const { code, err, out } = await cli('run', '/no/such/project', '--json');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual(['cutover: /no/such/project: project folder not found']);
    expect(JSON.parse(out)).toMatchObject({ error: { code: 'BAD_INPUT', file: '/no/such/project' } });
  });

  it('exits 2 naming project.yaml and the line for malformed YAML', async () => {
    const dir = demoProjectWith({});
    writeFileSync(join(dir, 'project.yaml'), 'name: Demo\nversion: 1\nsources: [\n');
    const { code, err } = await cli('run', dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^cutover: project\.yaml:\d+: not valid YAML/);
  });

  it('exits 2 naming the file and line of a CSV with a broken quote', async () => {
    const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002'), 'P0000003,"943476591'] });
    const { code, err } = await cli('run', dir, '--json');
    expect(code).toBe(2);
    expect(err.trim()).toBe('cutover: source/patients.csv:4: a quoted field is never closed (unbalanced quote)');
  });

  it('runs a project, prints JSON counts that add up, and does not duplicate on a re-run', async () => {
    const dir = demoProjectWith({
      patients: [patientRow('P0000001'), patientRow('P0000002', { sex: 'X' }), patientRow('P0000003')],
      admissions: ['A00000001,P0000001,01/02/2020,09:30,05/02/2020,EM,300,W1,C1234567'],
    });
    const first = await cli('run', dir, '--json');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(summary).toMatchObject({ runId: expect.any(String), status: 'succeeded' });
    for (const t of summary.tables) expect(t.read).toBe(t.written + t.rejected + t.skipped);
    expect(summary.tables.find((t: { name: string }) => t.name === 'LOAD_PATIENT')).toMatchObject({ read: 3, written: 2, rejected: 1 });

    const second = JSON.parse((await cli('run', dir, '--json')).out);
    for (const t of second.tables) {
      const before = summary.tables.find((s: { name: string }) => s.name === t.name);
      expect(t.written).toBe(0);
      expect(t.skipped).toBe(before.written);
    }
    const runs = JSON.parse((await cli('runs', dir, '--json')).out).runs;
    expect(runs.map((r: { id: string }) => r.id)).toEqual([second.runId, summary.runId]);
    expect(runs[1]).toMatchObject({ status: 'succeeded', start: expect.any(String), end: expect.any(String), counts: { read: 4, written: 3, rejected: 1 } });
  });

  it('validates a project: 0 when clean, 2 with every problem located', async () => {
    const dir = demoProjectWith({});
    expect((await cli('validate', dir)).code).toBe(0);
    const contract = join(dir, 'mapping', 'contract.csv');
    writeFileSync(contract, readFileSync(contract, 'utf8').replace(',sex,,Y,', ',sexes,,Y,'));
    const { code, err } = await cli('validate', dir);
    expect(code).toBe(2);
    expect(err).toMatch(/mapping\/contract\.csv:\d+: crosswalk: no crosswalk named sexes/);
  });

  it('never prints a stack trace for a user mistake, through the real bin', () => {
    const empty = tempDir();
    const result = spawnSync(process.execPath, [bin, 'run', empty], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('project.yaml not found');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
