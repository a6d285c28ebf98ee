import { LineChart } from '@mui/x-charts/LineChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import type { StrategyResult } from '../../../preload/contract';
import { formatClock, STRATEGY_COLOURS, STRATEGY_LABELS } from './simulation-format';

const POINTS = 120;

/** A run's committed records at time `t`: its progress is a step series, held after it ends. */
export function loadedAt(run: StrategyResult, t: number): number {
  let value = 0;
  for (const point of run.progress) {
    if (point.t > t) break;
    value = point.loaded;
  }
  return value;
}

/**
 * Records committed to the production target over simulated time, one line per strategy
 * on one clock, with the playback's moment marked: staged and big bang commit late,
 * parallel from the first minutes, and a rollback drops to nothing.
 */
export function ProgressChart({ runs, t }: { runs: readonly StrategyResult[]; t: number }) {
  const end = Math.max(...runs.map((r) => r.seconds), 1);
  const times = Array.from({ length: POINTS + 1 }, (_, i) => (end * i) / POINTS);
  return (
    <LineChart
      height={240}
      xAxis={[{ data: times, valueFormatter: (v: number) => formatClock(v), label: 'simulated time', min: 0, max: end }]}
      yAxis={[{ label: 'records loaded', width: 64 }]}
      series={runs.map((run) => ({
        id: run.strategy,
        label: STRATEGY_LABELS[run.strategy],
        color: STRATEGY_COLOURS[run.strategy],
        data: times.map((time) => loadedAt(run, time)),
        showMark: false,
        curve: 'stepAfter' as const,
      }))}
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
      grid={{ horizontal: true }}
    >
      <ChartsReferenceLine x={t} lineStyle={{ stroke: '#1c2a33', strokeDasharray: '4 3' }} />
    </LineChart>
  );
}
