import { BarChart } from '@mui/x-charts/BarChart';
import { SUBSTAGES, type StrategyResult } from '../../../preload/contract';
import { formatSeconds } from '../../components/format';
import { STRATEGY_LABELS } from './simulation-format';

const STAGE_COLOURS = { extract: '#5b8db8', transform: '#7a6bb0', validate: '#3d9a8b', load: '#2e7d4f' } as const;
const LOST = [
  { key: 'failedAttempts', label: 'Failed attempts', colour: '#b3261e' },
  { key: 'backoff', label: 'Waiting to retry', colour: '#e0a32e' },
  { key: 'lockWait', label: 'Waiting for the target', colour: '#9aa7b0' },
  { key: 'checkpoints', label: 'Checkpoints', colour: '#c7d0d6' },
  { key: 'rollback', label: 'Rolling back', colour: '#1c2a33' },
] as const;

/**
 * Where each strategy's worker time went: useful work per stage, then time lost to failed
 * attempts, waits before retries, queueing for the target, checkpoints and rollback.
 */
export function TimeBreakdownChart({ runs }: { runs: readonly StrategyResult[] }) {
  const dataset = runs.map((run) => {
    const row: Record<string, number | string> = { strategy: STRATEGY_LABELS[run.strategy] };
    for (const stage of Object.keys(STAGE_COLOURS)) {
      row[stage] = SUBSTAGES.filter((s) => s.startsWith(`${stage}.`)).reduce((n, s) => n + (run.substages.find((x) => x.substage === s)?.busySeconds ?? 0), 0);
    }
    for (const lost of LOST) row[lost.key] = run.lost[lost.key];
    // Every worker stands idle through a checkpoint.
    row.checkpoints = run.lost.checkpoints * run.workers;
    return row;
  });
  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      height={70 + runs.length * 44}
      yAxis={[{ scaleType: 'band', dataKey: 'strategy', width: 72 }]}
      xAxis={[{ label: 'worker time, summed over workers', valueFormatter: (v: number) => shortDuration(v) }]}
      series={[
        ...Object.entries(STAGE_COLOURS).map(([stage, colour]) => ({ dataKey: stage, label: stage.charAt(0).toUpperCase() + stage.slice(1), stack: 'time', color: colour, valueFormatter: (v: number | null) => formatSeconds(v ?? 0) })),
        ...LOST.map((lost) => ({ dataKey: lost.key, label: lost.label, stack: 'time', color: lost.colour, valueFormatter: (v: number | null) => formatSeconds(v ?? 0) })),
      ]}
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
      grid={{ vertical: true }}
    />
  );
}

/** An axis tick: whole minutes or hours, short enough not to collide. */
function shortDuration(seconds: number): string {
  if (seconds >= 3600) return `${Math.round((seconds / 3600) * 10) / 10} h`;
  return `${Math.round(seconds / 60)} min`;
}
