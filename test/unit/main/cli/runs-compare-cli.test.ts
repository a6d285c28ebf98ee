import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow, writeSource } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

/** A project with two runs: the first rejects a patient whose NHS number fails its check digit, the second (batches of 2) has it fixed. */
async function twoRuns(): Promise<{ dir: string; first: string; second: string }> {
  const dir = demoProjectWith({ patients: [patientRow('P0000001'), patientRow('P0000002', { nhs_number: '9876543211' })] });
  const first = JSON.parse((await cli('run', dir, '--json')).out).runId as string;
  writeSource(dir, 'patients', [patientRow('P0000001'), patientRow('P0000002', { nhs_number: '9876543210' })]);
  const second = JSON.parse((await cli('run', dir, '--batch-size', '2', '--json')).out).runId as string;
  return { dir, first, second };
}

describe('cutover runs --compare', () => {
  it('prints the comparison as JSON', async () => {
    const { dir, first, second } = await twoRuns();
    const result = await cli('runs', dir, '--compare', first, second, '--json');
    expect(result.code).toBe(0);
    const c = JSON.parse(result.out);
    expect(c.baselineId).toBe(first);
    expect(c.runs.map((r: { batchSize: number }) => r.batchSize)).toEqual([1000, 2]);
    expect(c.findings.map((f: { text: string }) => f.text)).toContain('rule patient.nhs_number.modulus11 no longer fires in LOAD_PATIENT; it fired once');
    expect(result.out).not.toContain('9876543211');
  });

  it('prints aligned columns in text mode', async () => {
    const { dir, first, second } = await twoRuns();
    const { code, out } = await cli('runs', dir, '--compare', first, second);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Comparing 2 runs; A is the baseline.');
    expect(out).toContain('  B  better  rejected rows fell from 1 to 0 in LOAD_PATIENT');
    const header = lines.find((l) => l.includes('table') && l.includes('B-A'))!;
    const rejected = lines.find((l) => /^\s+rejected\s/.test(l))!;
    // Numbers are right-aligned under their column headings.
    expect(rejected.length).toBe(header.length);
    expect(rejected.trimEnd().endsWith('-1')).toBe(true);
    const rule = lines.find((l) => /^\s+patient.nhs_number.modulus11\s/.test(l))!;
    expect(rule).toMatch(/LOAD_PATIENT\s+error\s+1\s+0\s+-1\s+gone$/);
  });

  it('exits 2 naming an unknown run, and 2 for a single run', async () => {
    const { dir, first } = await twoRuns();
    const unknown = await cli('runs', dir, '--compare', first, 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No run with id nope');
    const json = await cli('runs', dir, '--compare', first, 'nope', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).error).toMatchObject({ code: 'NOT_FOUND' });
    const single = await cli('runs', dir, '--compare', first);
    expect(single.code).toBe(2);
    expect(single.err).toContain('compare 2 to 4 runs, not 1');
  });
});
