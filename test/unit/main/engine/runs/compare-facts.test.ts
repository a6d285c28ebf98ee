import { describe, expect, it } from 'vitest';
import type { ComparedRun } from '../../../../../preload/contract/compare-schemas';
import { compareFacts } from '../../../../../main/engine/runs/compare-facts';
import type { RunFacts } from '../../../../../main/engine/runs/run-facts';

const header = (id: string): ComparedRun => ({
  id, status: 'succeeded', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null, durationMillis: null, dryRun: false, rolledBack: false,
  batchSize: null, strategy: null, read: 0, written: 0, rejected: 0, skipped: 0, issueCount: 0, meanScore: null,
});

const facts = (id: string, over: Partial<RunFacts> = {}): RunFacts => ({ run: header(id), tables: [], stages: [], findings: [], verdicts: [], ...over });
const table = (name: string, rejected: number, meanScore: number | null = null) => ({ name, read: 10, written: 10 - rejected, rejected, skipped: 0, meanScore });
const finding = (rule: string, count: number) => ({ table: 'T', rule, severity: 'error' as const, count });

describe('compareFacts', () => {
  it('keeps every table any run processed, a null cell where a run did not, deltas against the baseline only', () => {
    const c = compareFacts([
      facts('A', { tables: [table('T1', 4, 0.9), table('T2', 0)] }),
      facts('B', { tables: [table('T1', 1, 0.95), table('T3', 2)] }),
    ]);
    expect(c.tables.map((t) => t.table)).toEqual(['T1', 'T2', 'T3']);
    const t1 = c.tables[0]!;
    expect(t1.runs[0]!.delta).toBeNull();
    expect(t1.runs[1]!.delta).toEqual({ read: 0, written: 3, rejected: -3, skipped: 0 });
    expect(t1.runs[1]!.scoreDelta).toBeCloseTo(0.05, 10);
    expect(c.tables[1]!.runs[1]).toBeNull();
    expect(c.tables[2]!.runs[0]).toBeNull();
    expect(c.tables[2]!.runs[1]!.delta).toBeNull(); // nothing to measure it against
  });

  it('classes rules as new, gone, changed or same, those that moved most first', () => {
    const c = compareFacts([
      facts('A', { findings: [finding('held', 7), finding('gone', 2), finding('moved', 10), finding('small', 3)] }),
      facts('B', { findings: [finding('held', 7), finding('moved', 1), finding('fresh', 1), finding('small', 4)] }),
      facts('C', { findings: [finding('held', 7), finding('moved', 10), finding('small', 3)] }),
    ]);
    expect(c.rules.map((r) => [r.rule, r.change, r.counts, r.deltas])).toEqual([
      ['fresh', 'new', [0, 1, 0], [null, 1, 0]],
      ['gone', 'gone', [2, 0, 0], [null, -2, -2]],
      ['moved', 'changed', [10, 1, 10], [null, -9, 0]],
      ['small', 'changed', [3, 4, 3], [null, 1, 0]],
      ['held', 'same', [7, 7, 7], [null, 0, 0]],
    ]);
  });

  it('sums each stage over its tables into rows per second, with the ratio to the baseline', () => {
    const stage = (table: string, rowsIn: number, millis: number) => ({ table, stage: 'load' as const, rowsIn, rowsOut: rowsIn, millis });
    const c = compareFacts([
      facts('A', { stages: [stage('T1', 600, 200), stage('T2', 400, 300)] }),
      facts('B', { stages: [stage('T1', 600, 100), stage('T2', 400, 150)] }),
      facts('C'),
    ]);
    expect(c.stages).toHaveLength(1); // stages no run recorded are left out
    const [a, b, none] = c.stages[0]!.runs;
    expect(a).toEqual({ rows: 1000, millis: 500, rowsPerSecond: 2000, ratio: null });
    expect(b).toEqual({ rows: 1000, millis: 250, rowsPerSecond: 4000, ratio: 2 });
    expect(none).toBeNull();
  });

  it('lines up gate profiles by name, null where a run has no verdict', () => {
    const c = compareFacts([
      facts('A', { verdicts: [{ profile: 'cutover_ready', verdict: 'FAIL' }] }),
      facts('B', { verdicts: [{ profile: 'pre_production', verdict: 'PASS' }, { profile: 'cutover_ready', verdict: 'PASS' }] }),
    ]);
    expect(c.gates).toEqual([
      { profile: 'cutover_ready', verdicts: ['FAIL', 'PASS'] },
      { profile: 'pre_production', verdicts: [null, 'PASS'] },
    ]);
  });
});
