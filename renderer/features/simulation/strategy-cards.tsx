import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SimulatedStrategy, StrategyResult } from '../../../preload/contract';
import { formatCount, formatSeconds } from '../../components/format';
import { formatShare, outcomeLabel, STATUS_COLOURS, STRATEGY_HINTS, STRATEGY_LABELS, wholeShare } from './simulation-format';

/** Each strategy's run as a card, side by side: outcome, time, patients moved whole, what was lost. */
export function StrategyCards({ runs, best }: { runs: readonly StrategyResult[]; best: SimulatedStrategy }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${runs.length}, minmax(0, 1fr))`, gap: 2 }} data-testid="simulation-strategies">
      {runs.map((run) => (
        <StrategyCard key={run.strategy} run={run} best={run.strategy === best} />
      ))}
    </Box>
  );
}

function StrategyCard({ run, best }: { run: StrategyResult; best: boolean }) {
  const outcome = outcomeLabel(run.outcome);
  const p = run.patients;
  const lost = run.lost.failedAttempts + run.lost.backoff + run.lost.rollback;
  const parts = [
    { label: 'whole', value: p.complete + p.warned, colour: STATUS_COLOURS.c },
    { label: 'partly migrated', value: p.partial, colour: STATUS_COLOURS.x },
    { label: 'not migrated', value: p.notMigrated, colour: STATUS_COLOURS.r },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: best ? 'primary.main' : 'divider', borderWidth: best ? 2 : 1 }} data-testid={`strategy-card-${run.strategy}`}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h2" sx={{ flex: 1 }}>
          {STRATEGY_LABELS[run.strategy]}
        </Typography>
        {best && <Chip label="Recommended" color="primary" />}
        <Chip label={outcome.label} color={outcome.colour} variant="outlined" />
      </Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {STRATEGY_HINTS[run.strategy]} {run.workers} worker{run.workers === 1 ? '' : 's'}.
      </Typography>
      <Box sx={{ display: 'flex', gap: 3, mt: 1.5, mb: 1 }}>
        <Figure label="simulated time" value={formatSeconds(run.seconds)} />
        <Figure label="patients whole" value={formatShare(wholeShare(run))} testId={`strategy-whole-${run.strategy}`} />
      </Box>
      <Tooltip title={parts.map((part) => `${formatCount(part.value)} ${part.label}`).join(' · ')}>
        <Box sx={{ display: 'flex', height: 10, borderRadius: 1, overflow: 'hidden', bgcolor: 'grey.200', mb: 1 }} aria-label="patients whole, partly and not migrated">
          {parts.map((part) => (
            <Box key={part.label} sx={{ width: `${(100 * part.value) / Math.max(1, p.total)}%`, bgcolor: part.colour }} />
          ))}
        </Box>
      </Tooltip>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0, fontSize: 13 }}>
        <Term label="Partly migrated" value={formatCount(p.partial)} />
        <Term label="Not migrated" value={formatCount(p.notMigrated)} />
        <Term label="Records refused by checks" value={formatCount(run.records.rejected)} />
        <Term label="Failed batches" value={`${run.batches.failed} of ${run.batches.total}`} />
        <Term label="Retries" value={formatCount(run.batches.retries)} />
        <Term label="Lost to failures" value={formatSeconds(lost)} />
        <Term label="Waiting for the target" value={formatSeconds(run.lost.lockWait)} />
        <Term label="Worker utilisation" value={formatShare(run.utilisation)} />
      </Box>
    </Paper>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Box>
      <Typography sx={{ fontSize: 22, fontWeight: 500, lineHeight: 1.2 }} data-testid={testId}>
        {value}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
    </Box>
  );
}

function Term({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Box>
    </>
  );
}
