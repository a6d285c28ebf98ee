import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectProject, loadProject } from '../../../../../main/engine/project/inspect-project';
import { initProject } from '../../../../../main/engine/project/init-project';
import { runPipeline } from '../../../../../main/engine/pipeline/run-pipeline';
import { cleanTempDirs, demoProjectWith, tempDir } from '../../../helpers/temp-project';
import { cli } from '../../cli/cli-helpers';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

async function loadedDemo(): Promise<{ dir: string; duplicates: number }> {
  const { dir } = await initProject(join(tempDir(), 'demo'), { template: 'demo', patients: 800, seed: 21 });
  await runPipeline(await loadProject(dir));
  const duplicates = JSON.parse(readFileSync(join(dir, 'source', 'defects.json'), 'utf8')).counts.duplicate_patient as number;
  return { dir, duplicates };
}

const dedupFile = (dir: string) => join(dir, 'quality', 'dedup.yaml');

describe('deduplication of the loaded demo patients', () => {
  it("finds the generator's injected duplicate patients, measured against its own list", async () => {
    const { dir, duplicates } = await loadedDemo();
    expect(duplicates).toBeGreaterThan(0);
    const summary = await callOk(engineOn(dir), 'dedup:run', {});
    expect(summary.table).toBe('LOAD_PATIENT');
    expect(summary.evaluation).toMatchObject({ precision: 1, pairsCompleteness: 1 });
    expect(summary.evaluation!.recall).toBeGreaterThanOrEqual(0.9);
    expect(summary.duplicateRecords).toBe(summary.evaluation!.truePositives);
    expect((await callOk(engineOn(dir), 'dedup:latest', {}))?.id).toBe(summary.id);
  });

  it('shows the compared fields of a pair masked unless revealed, and merges people into golden records', async () => {
    const { dir } = await loadedDemo();
    const engine = engineOn(dir);
    await callOk(engine, 'dedup:run', {});
    const masked = await callOk(engine, 'dedup:pairs', { decision: 'match', limit: 1 });
    expect(masked.total).toBeGreaterThan(0);
    const pair = masked.pairs[0]!;
    expect(Object.keys(pair.records.a)).toEqual(['patient_id', 'nhs_number', 'given_name', 'family_name', 'birth_date', 'sex_code', 'address_line1', 'postcode', 'phone', 'gp_practice_code']);
    expect(String(pair.records.a.family_name)).toMatch(/^[•' -]*$/);
    const revealed = await callOk(engine, 'dedup:pairs', { decision: 'match', limit: 1, reveal: true });
    expect(String(revealed.pairs[0]!.records.a.family_name)).toMatch(/[A-Za-z]/);
    const clusters = await callOk(engine, 'dedup:clusters', { limit: 2, reveal: true });
    expect(clusters.clusters[0]!.members.length).toBeGreaterThanOrEqual(2);
    expect(Object.values(clusters.clusters[0]!.provenance).every((id) => id === null || clusters.clusters[0]!.members.includes(id))).toBe(true);
    const hidden = await callOk(engine, 'dedup:clusters', { limit: 1 });
    expect(JSON.stringify(hidden)).not.toMatch(/\b\d{10}\b/);
  });

  it('sends pairs below the match threshold to review, where a person decides, and the people follow', async () => {
    const { dir } = await loadedDemo();
    writeFileSync(dedupFile(dir), readFileSync(dedupFile(dir), 'utf8').replace('thresholds: { match: 10, review: 4 }', 'thresholds: { match: 1000, review: 4 }'));
    const engine = engineOn(dir);
    const summary = await callOk(engine, 'dedup:run', {});
    expect(summary.stats.matches).toBe(0);
    expect(summary.reviewOpen).toBeGreaterThan(0);
    expect(summary.clusters).toBe(0);
    const [first] = (await callOk(engine, 'dedup:pairs', { decision: 'review', limit: 1 })).pairs;
    const after = await callOk(engine, 'dedup:decide', { a: first!.a, b: first!.b, decision: 'same', by: 'Dr Ada Governance' });
    expect(after).toMatchObject({ clusters: 1, duplicateRecords: 1, reviewOpen: summary.reviewOpen - 1, reviewDecided: 1 });
    const undone = await callOk(engine, 'dedup:decide', { a: first!.a, b: first!.b, decision: null, by: 'Dr Ada Governance' });
    expect(undone.clusters).toBe(0);
    expect(await callFails(engine, 'dedup:decide', { a: 'P1', b: 'P2', decision: 'same', by: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('feeds the duplicate-rate gate once it has run', async () => {
    const { dir } = await loadedDemo();
    const engine = engineOn(dir);
    const before = (await callOk(engine, 'gates:evaluate', { profile: 'cutover_ready', record: false })).gates.find((g) => g.metric === 'duplicate_rate')!;
    expect(before.evidence).toContain('no deduplication has run');
    const summary = await callOk(engine, 'dedup:run', {});
    const after = (await callOk(engine, 'gates:evaluate', { profile: 'cutover_ready', record: false })).gates.find((g) => g.metric === 'duplicate_rate')!;
    expect(after.value).toBeCloseTo(summary.duplicateRecords / summary.stats.records, 10);
    expect(after.evidence).toMatch(/^\d+ duplicate records among \d+ in LOAD_PATIENT/);
  });
});

describe('quality/dedup.yaml checks and the command', () => {
  it('names a column the table lacks, with its line', async () => {
    const dir = demoProjectWith({});
    writeFileSync(dedupFile(dir), readFileSync(dedupFile(dir), 'utf8').replace('{ field: phone, compare: jaro_winkler }', '{ field: mobile, compare: jaro_winkler }'));
    const problems = (await inspectProject(dir)).problems.filter((p) => p.file === 'quality/dedup.yaml');
    expect(problems).toEqual([expect.objectContaining({ field: 'linkage.fields.7.field', message: 'LOAD_PATIENT has no column mobile', line: expect.any(Number) })]);
  });

  it('needs a loaded target, and prints accuracy without values', async () => {
    const empty = demoProjectWith({});
    expect(await callFails(engineOn(empty), 'dedup:run', {})).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('run the pipeline first') });
    const { dir } = await loadedDemo();
    const printed = await cli('dedup', dir);
    expect(printed.code).toBe(0);
    expect(printed.out).toMatch(/Against the labels: precision 100\.0%/);
    expect(printed.out).not.toMatch(/\b\d{10}\b/);
  });
});
