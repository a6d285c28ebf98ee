import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initProject } from '../../../../../main/engine/project/init-project';
import { loadProject } from '../../../../../main/engine/project/inspect-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { cleanTempDirs, demoProjectWith, tempDir } from '../../../helpers/temp-project';
import { cli } from '../../cli/cli-helpers';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

describe('the governance pack', () => {
  it("gathers a real run's verdicts, quality, reconciliation, audit and sign-offs, and notes it was produced", async () => {
    const { dir } = await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 300, seed: 3 });
    const { runId } = await runPipeline(await loadProject(dir));
    const engine = engineOn(dir);
    await callOk(engine, 'audit:sign', { runId, profile: 'pre_production', name: 'Dr Ada Governance', role: 'SIRO', statement: 'Rehearsal accepted.' });
    const json = JSON.parse((await callOk(engine, 'evidence:pack', { format: 'json' })).content);
    expect(json).toMatchObject({ format: 'cutover-governance-pack', version: 1, run: { id: runId }, audit: { verified: true }, contract: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(json.verdicts.map((v: { profile: string }) => v.profile)).toEqual(['pre_production', 'cutover_ready']);
    expect(json.reconciliation).toHaveLength(4);
    expect(json.signoffs).toMatchObject([{ name: 'Dr Ada Governance', profile: 'pre_production' }]);
    const html = await callOk(engine, 'evidence:pack', { format: 'html', runId });
    expect(html.fileName).toBe(`governance-pack-${runId}.html`);
    expect(html.content).toContain('Dr Ada Governance');
    const nhsNumbers = readFileSync(join(dir, 'source', 'patients.csv'), 'utf8').match(/\b\d{10}\b/g) ?? [];
    expect(nhsNumbers.length).toBeGreaterThan(100);
    for (const nhs of nhsNumbers.slice(0, 50)) expect(html.content).not.toContain(nhs);
    expect((await callOk(engine, 'audit:entries', { limit: 1 })).entries[0]).toMatchObject({ action: 'evidence.pack', subject: runId });
  });

  it('needs a run', async () => {
    expect(await callFails(engineOn(demoProjectWith({})), 'evidence:pack', { format: 'html' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cutover report writes the pack to a file or standard output', async () => {
    const dir = demoProjectWith({});
    await runPipeline(await loadProject(dir));
    const out = join(tempDir(), 'pack.html');
    const written = await cli('report', dir, '--out', out);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const json = await cli('report', dir, '--format', 'json');
    expect(JSON.parse(json.out).format).toBe('cutover-governance-pack');
    expect((await cli('report', dir, '--format', 'pdf')).code).toBe(2);
  });
});
