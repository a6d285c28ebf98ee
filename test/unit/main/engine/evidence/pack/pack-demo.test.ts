import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GovernancePackInput } from '../../../../../../main/engine/evidence/pack-input';
import { governancePackHtml } from '../../../../../../main/engine/evidence/pack/pack-html';
import { governancePackJson } from '../../../../../../main/engine/evidence/pack/pack-json';
import { judgeRun, readGates } from '../../../../../../main/engine/gates/judge-run';
import { readContractFile } from '../../../../../../main/engine/mapping/contract-file';
import { contractCoverage } from '../../../../../../main/engine/mapping/coverage';
import { runPipeline } from '../../../../../../main/engine/pipeline/run-pipeline';
import { initProject } from '../../../../../../main/engine/project/init-project';
import { loadProject } from '../../../../../../main/engine/project/inspect-project';
import { qualityReport } from '../../../../../../main/engine/quality/quality-report';
import { reconcileTarget } from '../../../../../../main/engine/reconcile/reconcile-target';
import { RunStore } from '../../../../../../main/store/run-store';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

/** The pack of a real demo run, gathered from the engine's own parts. */
async function demoPack(): Promise<{ dir: string; input: GovernancePackInput }> {
  const { dir } = await initProject(tempDir(), { template: 'demo', patients: 300, seed: 5 });
  const { runId } = await runPipeline(await loadProject(dir));
  const project = await loadProject(dir);
  const store = RunStore.open(dir);
  try {
    const catalog = project.config.target.catalog;
    const input: GovernancePackInput = {
      generatedAt: '2025-06-30T14:00:00.000Z',
      project: { name: project.config.name, description: project.config.description ?? null },
      sources: project.config.sources.map((s) => ({ id: s.id, type: s.type, path: s.path })),
      target: { type: project.config.target.type, path: project.config.target.path, catalog: typeof catalog === 'string' ? catalog : catalog.join(', ') },
      run: store.getRun(runId),
      quality: qualityReport(store, project.rules, runId),
      verdicts: Object.keys(readGates(dir).profiles).map((profile) => judgeRun(project, { profile, runId, record: false })),
      reconciliation: reconcileTarget(project),
      coverage: contractCoverage(project.catalog, project.mappings),
      contractSha256: readContractFile(dir).sha256,
      audit: { entries: 3, verified: true, headHash: 'ab'.repeat(32), brokenAt: null },
      signoffs: [],
    };
    return { dir, input };
  } finally {
    store.close();
  }
}

describe('the governance pack of a demo run', () => {
  it('names every target table and both profiles, and quotes no NHS number', async () => {
    const { dir, input } = await demoPack();
    const doc = governancePackHtml(input);
    writeFileSync('/tmp/governance-pack.html', doc);
    const json = governancePackJson(input);

    expect(input.run.tables.length).toBe(4);
    for (const table of input.run.tables) expect(doc).toContain(`<td>${table.name}</td>`);
    for (const table of input.coverage.tables) expect(doc).toContain(`<td>${table.table}</td>`);
    expect(input.verdicts.map((v) => v.profile)).toEqual(['pre_production', 'cutover_ready']);
    expect(doc).toContain('<div class="profile">pre_production</div><span class="call">GO <small>(PASS)</small></span>');
    expect(doc).toContain('<div class="profile">cutover_ready</div><span class="call">NO-GO <small>(FAIL)</small></span>');
    expect(input.reconciliation.length).toBe(4);
    expect(doc).toContain('Every table holds exactly what was loaded.');
    expect(doc).toContain(`title="${input.contractSha256}">${input.contractSha256.slice(0, 16)}</code>`);
    expect(doc).not.toMatch(/<script|<link|https?:\/\//i);

    const [headerLine, ...rows] = readFileSync(join(dir, 'source', 'patients.csv'), 'utf8').trim().split(/\r?\n/);
    const header = headerLine!.split(',');
    const nhs = rows.map((r) => r.split(',')[header.indexOf('nhs_number')] ?? '').filter((v) => /^\d{10}$/.test(v));
    expect(nhs.length).toBeGreaterThan(250);
    for (const number of nhs) {
      expect(doc).not.toContain(number);
      expect(json).not.toContain(number);
    }
    expect(governancePackHtml(input)).toBe(doc);
  });
});
