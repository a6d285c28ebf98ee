import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import PauseRounded from '@mui/icons-material/PauseRounded';
import PlayArrowRounded from '@mui/icons-material/PlayArrowRounded';
import ReplayRounded from '@mui/icons-material/ReplayRounded';
import type { StrategyResult } from '../../../preload/contract';
import { Section } from '../../components/section';
import { useShortcut } from '../../components/use-shortcut';
import { GridLegend, letterCounts, PatientGrid } from './patient-grid';
import { formatClock, outcomeLabel, STRATEGY_LABELS } from './simulation-format';
import { frameAt, type Playback } from './use-playback';

/** Playback speeds offered: simulated seconds per real second. */
const SPEEDS = [60, 300, 600, 1800, 3600, 14_400];

/**
 * The strategies' patient grids side by side on one simulated clock, time-compressed:
 * play, pause (Ctrl/⌘+P or the button), scrub, change speed.
 */
export function PlaybackPanel({ runs, playback }: { runs: readonly StrategyResult[]; playback: Playback }) {
  const end = Math.max(...runs.map((r) => r.seconds));
  useShortcut('p', playback.toggle);
  const speeds = [...new Set([...SPEEDS, playback.speed])].sort((a, b) => a - b);
  return (
    <Section
      title="Patients over the night"
      testId="simulation-playback"
      action={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 120, textAlign: 'right' }} data-testid="simulation-clock">
            {formatClock(playback.t)} of {formatClock(end)}
          </Typography>
          <TextField
            select
            label="Speed"
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value))}
            sx={{ width: 110 }}
          >
            {speeds.map((s) => (
              <MenuItem key={s} value={s}>
                ×{s.toLocaleString()}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      }
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Tooltip title={playback.playing ? 'Pause (Ctrl/⌘+P)' : 'Play (Ctrl/⌘+P)'}>
          <IconButton onClick={playback.toggle} aria-label={playback.playing ? 'Pause' : 'Play'} data-testid="simulation-play">
            {playback.playing ? <PauseRounded /> : <PlayArrowRounded />}
          </IconButton>
        </Tooltip>
        <Tooltip title="From the start">
          <IconButton onClick={playback.restart} aria-label="Play from the start">
            <ReplayRounded />
          </IconButton>
        </Tooltip>
        <Slider
          aria-label="Simulated time"
          value={playback.t}
          min={0}
          max={end}
          step={Math.max(1, end / 500)}
          onChange={(_e, value) => playback.setT(value as number)}
          valueLabelDisplay="auto"
          valueLabelFormat={formatClock}
          sx={{ mx: 1 }}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${runs.length}, minmax(0, 1fr))`, gap: 2 }}>
        {runs.map((run) => {
          const frame = run.grid.frames[frameAt(run.grid.frames.length, run.seconds, playback.t)]!;
          const finished = playback.t >= run.seconds;
          const counts = letterCounts(frame.statuses);
          const outcome = outcomeLabel(run.outcome);
          return (
            <Box key={run.strategy} data-testid={`simulation-grid-${run.strategy}`}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
                <Typography variant="h3" sx={{ flex: 1 }}>
                  {STRATEGY_LABELS[run.strategy]}
                </Typography>
                {finished ? <Chip label={outcome.label} color={outcome.colour} variant="outlined" /> : <Chip label="Running" variant="outlined" />}
              </Box>
              <PatientGrid statuses={frame.statuses} stride={run.grid.stride} label={`${STRATEGY_LABELS[run.strategy]} patients`} />
              <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 0.5 }}>
                {(counts.c ?? 0) + (counts.a ?? 0)} whole · {counts.x ?? 0} partly · {(counts.p ?? 0) + (counts.w ?? 0)} to go
                {run.grid.stride > 1 ? ` · every ${run.grid.stride}th patient shown` : ''}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Box sx={{ mt: 1.5 }}>
        <GridLegend />
      </Box>
    </Section>
  );
}
