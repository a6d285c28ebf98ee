import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initProject } from '../../../../main/engine/project/init-project';
import { cleanTempDirs, tempDir } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

const demo = async () => (await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 120, seed: 4 })).dir;

describe('cutover run --strategy and --estimate', () => {
  it('estimates a run before the first one, then from the one measured', async () => {
    const dir = await demo();
    const before = await cli('run', dir, '--estimate');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/^LOAD_PATIENT +\d+ +—$/m);
    expect(before.out).toContain('No finished run to measure yet');
    expect((await cli('run', dir, '--strategy', 'parallel', '--concurrency', '3')).code).toBe(0);
    const after = JSON.parse((await cli('run', dir, '--estimate', '--json')).out);
    expect(after).toMatchObject({ basis: 'measured' });
    expect(after.seconds).toBeGreaterThan(0);
  });

  it('rolls a failing big bang back, says so and exits 2 naming the file and line', async () => {
    const dir = await demo();
    const file = join(dir, 'source', 'diagnoses.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [...lines.slice(0, 20), 'D9,"broken', ...lines.slice(20)].join('\n'));
    const { code, err } = await cli('run', dir, '--strategy', 'big_bang', '--batch-size', '10');
    expect(code).toBe(2);
    expect(err).toMatch(/source\/diagnoses\.csv:21.*unbalanced quote.*big bang: rolled back; the target is as it was before the run/);
    const runs = JSON.parse((await cli('runs', dir, '--json')).out).runs;
    expect(runs[0]).toMatchObject({ status: 'failed' });
  });

  it('refuses an unknown strategy or concurrency with exit 2', async () => {
    const dir = await demo();
    expect((await cli('run', dir, '--strategy', 'yolo')).code).toBe(2);
    expect((await cli('run', dir, '--concurrency', '0')).code).toBe(2);
  });
});
