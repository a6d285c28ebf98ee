import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../../../renderer/features/simulation/briefing';
import { gridLayout, letterCounts } from '../../../../../renderer/features/simulation/patient-grid';
import { loadedAt } from '../../../../../renderer/features/simulation/progress-chart';
import { scenarioFileName } from '../../../../../renderer/features/simulation/save-scenario-dialog';
import { formatClock } from '../../../../../renderer/features/simulation/simulation-format';
import { frameAt } from '../../../../../renderer/features/simulation/use-playback';
import type { StrategyResult } from '../../../../../preload/contract';

describe('the simulation page’s arithmetic', () => {
  it('fits the patient grid into its box, never smaller than 2 px a square', () => {
    expect(gridLayout(0, 300, 180)).toEqual({ cell: 0, columns: 0, rows: 0 });
    const few = gridLayout(100, 300, 180);
    expect(few.columns * few.rows).toBeGreaterThanOrEqual(100);
    expect(few.rows * few.cell).toBeLessThanOrEqual(200);
    expect(gridLayout(1_000_000, 300, 180).cell).toBe(2);
    expect(gridLayout(4000, 330, 180)).toMatchObject({ cell: 3, columns: 110 });
  });

  it('picks the frame that shows a moment, the last one once the run is over', () => {
    expect(frameAt(101, 1000, 0)).toBe(0);
    expect(frameAt(101, 1000, 505)).toBe(50);
    expect(frameAt(101, 1000, 999.9)).toBe(99);
    expect(frameAt(101, 1000, 1000)).toBe(100);
    expect(frameAt(101, 400, 5000)).toBe(100);
  });

  it('reads a step series of committed records at any moment, holding after the end', () => {
    const run = { progress: [{ t: 0, loaded: 0, done: 0 }, { t: 10, loaded: 50, done: 60 }, { t: 20, loaded: 80, done: 100 }] } as StrategyResult;
    expect([0, 9.9, 10, 15, 20, 500].map((t) => loadedAt(run, t))).toEqual([0, 0, 50, 50, 80, 80]);
  });

  it('counts letters, formats the clock, joins a briefing’s wrapped lines and names a file', () => {
    expect(letterCounts('ccpxc')).toEqual({ c: 3, p: 1, x: 1 });
    expect(formatClock(3725.4)).toBe('1:02:05');
    expect(paragraphs('One line\n  wrapped here.\n\nA second\nparagraph.\n')).toEqual(['One line wrapped here.', 'A second paragraph.']);
    expect(scenarioFileName('Night of the Big Bang – v2!')).toBe('night-of-the-big-bang-v2');
    expect(scenarioFileName('!!!')).toBe('scenario');
  });
});
