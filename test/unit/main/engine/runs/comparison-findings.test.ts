import { describe, expect, it } from 'vitest';
import type { ComparedRun, ComparedStageCell, ComparedTableCell } from '../../../../../preload/contract/compare-schemas';
import type { ComparisonTables } from '../../../../../main/engine/runs/compare-facts';
import { comparisonFindings, ratioWords } from '../../../../../main/engine/runs/comparison-findings';

const run = (id: string, over: Partial<ComparedRun> = {}): ComparedRun => ({
  id, status: 'succeeded', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', durationMillis: 1000, dryRun: false, rolledBack: false,
  batchSize: 1000, strategy: 'staged', read: 10, written: 10, rejected: 0, skipped: 0, issueCount: 0, meanScore: 1, ...over,
});

const cell = (over: Partial<ComparedTableCell> = {}): ComparedTableCell => ({ read: 10, written: 10, rejected: 0, skipped: 0, meanScore: 1, delta: null, scoreDelta: null, ...over });

const stage = (rows: number, millis: number, ratio: number | null): ComparedStageCell => ({ rows, millis, rowsPerSecond: rows / (millis / 1000), ratio });

function comparison(over: Partial<ComparisonTables> = {}): ComparisonTables {
  return { baselineId: 'A', runs: [run('A'), run('B')], tables: [], stages: [], rules: [], gates: [], ...over };
}

describe('comparisonFindings', () => {
  it('says when load throughput halved, and leaves out moves inside the noise or stages too short to time', () => {
    const findings = comparisonFindings(
      comparison({
        stages: [
          { stage: 'load', runs: [stage(4000, 1000, null), stage(4000, 2000, 0.5)] },
          { stage: 'extract', runs: [stage(4000, 1000, null), stage(4000, 1100, 1 / 1.1)] },
          { stage: 'validate', runs: [stage(40, 10, null), stage(40, 40, 0.25)] },
        ],
      }),
    );
    expect(findings).toEqual([{ runId: 'B', kind: 'throughput', tone: 'worse', text: 'load throughput halved: 2,000 rows/s, was 4,000' }]);
  });

  it('puts a failed run and a table it never reached before everything else', () => {
    const findings = comparisonFindings(
      comparison({
        runs: [run('A'), run('B', { status: 'failed', batchSize: 50 })],
        tables: [{ table: 'LOAD_VISIT', runs: [cell(), null] }, { table: 'LOAD_NEW', runs: [null, cell()] }],
      }),
    );
    expect(findings.map((f) => [f.kind, f.tone, f.text])).toEqual([
      ['status', 'worse', 'the run failed; the baseline succeeded'],
      ['table', 'worse', 'LOAD_VISIT was not processed; the baseline processed it'],
      ['table', 'info', 'LOAD_NEW was processed; the baseline did not process it'],
      ['options', 'info', 'batch size 50, was 1,000'],
    ]);
  });

  it('words rule counts that moved, and says nothing of rules that held', () => {
    const findings = comparisonFindings(
      comparison({
        rules: [
          { table: 'T', rule: 'up', severity: 'error', counts: [3, 1200], deltas: [null, 1197], change: 'changed' },
          { table: 'T', rule: 'held', severity: 'warning', counts: [5, 5], deltas: [null, 0], change: 'same' },
        ],
      }),
    );
    expect(findings.map((f) => f.text)).toEqual(['rule up fired 1,200 times in T, up from 3']);
  });

  it('gives each compared run its own findings, in run order', () => {
    const findings = comparisonFindings(
      comparison({
        runs: [run('A'), run('B'), run('C')],
        tables: [{ table: 'T', runs: [cell({ rejected: 4 }), cell({ rejected: 4 }), cell({ rejected: 1, delta: { read: 0, written: 3, rejected: -3, skipped: 0 } })] }],
      }),
    );
    expect(findings).toEqual([{ runId: 'C', kind: 'table', tone: 'better', text: 'rejected rows fell from 4 to 1 in T' }]);
  });
});

describe('ratioWords', () => {
  it('reads ratios the way a person says them', () => {
    expect(ratioWords(0.5)).toBe('halved');
    expect(ratioWords(2)).toBe('doubled');
    expect(ratioWords(1.4)).toBe('rose 40%');
    expect(ratioWords(0.7)).toBe('fell 30%');
    expect(ratioWords(3.2)).toBe('rose 3.2-fold');
    expect(ratioWords(0.25)).toBe('fell 4.0-fold');
  });
});
