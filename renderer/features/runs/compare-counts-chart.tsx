import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart, type BarSeries } from '@mui/x-charts/BarChart';
import type { ComparedRun, TableComparison } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { runColor, runLetter } from './compare-model';
import { RunLetterChip } from './run-letter-chip';

type Kind = 'written' | 'skipped' | 'rejected';

/** One legend for both charts: each run's letter in its colour. */
function RunsLegend({ runs }: { runs: readonly ComparedRun[] }) {
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }} data-testid="compare-chart-legend">
      {runs.map((run, i) => (
        <Box key={run.id} sx={{ display: 'flex', gap: 0.75, alignItems: 'center' }}>
          <RunLetterChip index={i} />
          <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
            {run.id}
            {i === 0 ? ' (baseline)' : ''}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** A series of one count per table for run `i`, named for the tooltip (the shared legend names the runs). */
function series(kind: Kind, i: number, options: { stack?: string; light?: boolean; label: string }): BarSeries {
  return {
    dataKey: `${kind}${i}`,
    stack: options.stack,
    label: options.label,
    color: options.light ? `${runColor(i)}66` : runColor(i),
    valueFormatter: (v: number | null) => (v === null ? 'not processed' : formatCount(v)),
  };
}

function GroupedBars({ testId, title, tables, runs, seriesList }: { testId: string; title: string; tables: readonly TableComparison[]; runs: readonly ComparedRun[]; seriesList: BarSeries[] }) {
  const dataset = tables.map((t) =>
    Object.fromEntries([['name', t.table], ...t.runs.flatMap((cell, i) => (['written', 'skipped', 'rejected'] as const).map((k) => [`${k}${i}`, cell ? cell[k] : null]))]),
  );
  const labelWidth = Math.min(160, Math.max(60, 12 + 7 * Math.max(...tables.map((t) => t.table.length))));
  return (
    <Box data-testid={testId} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" sx={{ color: 'text.secondary' }}>
        {title}
      </Typography>
      <BarChart
        dataset={dataset}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', dataKey: 'name', width: labelWidth }]}
        xAxis={[{ label: 'rows', tickNumber: 4, tickMinStep: 1 }]}
        series={seriesList}
        hideLegend
        height={Math.max(200, 90 + tables.length * (14 + 10 * runs.length))}
        margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
        grid={{ vertical: true }}
      />
    </Box>
  );
}

/**
 * Per target table, a bar per run: rows loaded (written, with the rows already there
 * unchanged stacked on in a lighter shade, so a re-run does not look like an empty one)
 * and rows rejected. Each run keeps its letter's colour.
 */
export function CompareCountsChart({ runs, tables }: { runs: readonly ComparedRun[]; tables: readonly TableComparison[] }) {
  if (tables.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No table was processed in these runs.
      </Typography>
    );
  }
  const loaded = runs.flatMap((_r, i) => [
    series('written', i, { stack: `run${i}`, label: `${runLetter(i)} written` }),
    series('skipped', i, { stack: `run${i}`, light: true, label: `${runLetter(i)} already there unchanged` }),
  ]);
  const rejected = runs.map((_r, i) => series('rejected', i, { label: `${runLetter(i)} rejected` }));
  return (
    <>
      <RunsLegend runs={runs} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <GroupedBars testId="compare-chart-written" title="Rows loaded: written, and already there unchanged (lighter)" tables={tables} runs={runs} seriesList={loaded} />
        <GroupedBars testId="compare-chart-rejected" title="Rows rejected" tables={tables} runs={runs} seriesList={rejected} />
      </Box>
    </>
  );
}
