import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

describe('cutover simulate', () => {
  it('lists the scenario packs', async () => {
    const { code, out } = await cli('simulate', '--list');
    expect(code).toBe(0);
    expect(out).toMatch(/^Cutover night \(90 min\)$/m);
    expect(out).toMatch(/^ {2}strategy-clinic\/big-bang-gamble +Big bang gamble$/m);
  });

  it('compares the strategies of a built-in scenario in aligned columns, with advice and a batch-size estimate', async () => {
    const { code, out, err } = await cli('simulate', 'cutover-night/security-incident', '--patients', '200');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Security incident \(seed 505\): \d+ patients, \d+ records in \d+ batches of 250, 4 workers$/m);
    expect(out).toMatch(/^outcome +\S.*$/m);
    expect(out).toMatch(/^patients whole +\d+\.\d% +\d+\.\d% +\d+\.\d%$/m);
    expect(out).toContain('Advice:');
    expect(out).toMatch(/<- recommended/);
  });

  it('reads a scenario file with overrides and prints JSON without the playback grid', async () => {
    const dir = tempDir();
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'name: Mine\nseed: 4\ndata:\n  patients: 5000\n');
    const { code, out } = await cli('simulate', file, '--patients', '100', '--strategy', 'parallel', '--strategy', 'big-bang', '--workers', '2', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.scenario).toMatchObject({ name: 'Mine', seed: 4, data: { patients: 100 }, pipeline: { workers: 2, strategies: ['parallel', 'big_bang'] } });
    expect(result.strategies.map((s: { strategy: string }) => s.strategy)).toEqual(['parallel', 'big_bang']);
    expect(result.strategies[0].grid).toBeUndefined();
  });

  it('exits 2 with the file, line and field of a bad scenario, or the known ids for an unknown one', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: Bad\nretry:\n  maxAttempts: 0\n');
    const bad = await cli('simulate', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.yaml:3: retry\.maxAttempts: /);
    const unknown = await cli('simulate', 'nowhere/nothing');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no scenario "nowhere\/nothing"; known scenarios:/);
    const strategy = await cli('simulate', 'foundations/dirty-data', '--strategy', 'yolo');
    expect(strategy.code).toBe(2);
    expect(strategy.err).toMatch(/must be staged, big_bang or parallel/);
  });
});
