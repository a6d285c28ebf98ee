import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CompareArrowsRounded from '@mui/icons-material/CompareArrowsRounded';
import { COMPARE_MAX_RUNS, COMPARE_MIN_RUNS } from '../../../preload/contract/compare-schemas';
import { shortcutLabel } from '../../components/shortcuts';
import { canCompare } from './compare-route';

/** Above the runs grid: how many runs are ticked, and the button that compares them (or why it cannot yet). */
export function CompareToolbar({ runCount, ticked, onCompare, onClear }: { runCount: number; ticked: number; onCompare: () => void; onClear: () => void }) {
  const hint =
    runCount < COMPARE_MIN_RUNS
      ? `Comparing needs at least two runs; this project has ${runCount === 0 ? 'none' : 'one'} so far. Start another on the Pipeline page, with a different batch size or after fixing a crosswalk, to see what changed.`
      : ticked === 0
        ? `Tick ${COMPARE_MIN_RUNS} to ${COMPARE_MAX_RUNS} runs to compare them side by side (Space ticks the focused box).`
        : ticked < COMPARE_MIN_RUNS
          ? 'Tick one more run to compare.'
          : `${ticked} runs ticked${ticked === COMPARE_MAX_RUNS ? ' (the most a comparison holds)' : ''}; the earliest is the baseline.`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="compare-toolbar">
      <Typography variant="body2" sx={{ color: 'text.secondary', flex: 1, minWidth: 240 }} data-testid={runCount < COMPARE_MIN_RUNS ? 'compare-empty' : 'compare-hint'}>
        {hint}
      </Typography>
      {ticked > 0 && (
        <Button onClick={onClear} data-testid="clear-ticks">
          Clear
        </Button>
      )}
      <Tooltip title={`Compare the ticked runs (${shortcutLabel('Enter')})`}>
        <span>
          <Button variant="contained" startIcon={<CompareArrowsRounded />} disabled={!canCompare(ticked)} onClick={onCompare} data-testid="compare-runs">
            Compare{ticked > 0 ? ` ${ticked}` : ''}
          </Button>
        </span>
      </Tooltip>
    </Box>
  );
}
