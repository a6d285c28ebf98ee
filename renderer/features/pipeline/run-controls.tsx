import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import PlayArrow from '@mui/icons-material/PlayArrow';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import { PIPELINE_STRATEGIES, type ChannelInput, type PipelineStrategy } from '../../../preload/contract';
import { Section } from '../../components/section';
import { shortcutLabel } from '../../components/shortcuts';
import { useShortcut } from '../../components/use-shortcut';

/** What the run controls need from the page: run state and the two actions. */
export interface RunControlsProps {
  running: boolean;
  busy: boolean;
  disabled: boolean;
  onStart: (options: ChannelInput<'runs:start'>) => void;
  onCancel: () => void;
  /** Shown under the controls: the estimate of the run about to start. */
  children?: ReactNode;
}

const STRATEGY_NAMES: Record<PipelineStrategy, string> = { staged: 'Staged', parallel: 'Parallel', big_bang: 'Big bang (all or nothing)' };

function parseBatchSize(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : null;
}

/**
 * Starting and cancelling a run. Ctrl/⌘+Enter starts one from anywhere on the page;
 * an empty batch size means the project's own setting.
 */
export function RunControls({ running, busy, disabled, onStart, onCancel, children }: RunControlsProps) {
  const [dryRun, setDryRun] = useState(false);
  const [batchText, setBatchText] = useState('');
  const [strategy, setStrategy] = useState<PipelineStrategy | ''>('');
  const batchSize = parseBatchSize(batchText);
  const canStart = !running && !busy && !disabled && batchSize !== null;

  const start = () => {
    if (!canStart) return;
    onStart({ dryRun, ...(batchSize === undefined ? {} : { batchSize }), ...(strategy === '' ? {} : { strategy }) });
  };
  useShortcut('Enter', start);

  return (
    <Section title="Run the pipeline" testId="run-controls">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, flexWrap: 'wrap' }}>
        <Tooltip title={`Start run (${shortcutLabel('Enter')})`}>
          <span>
            <Button
              variant="contained"
              size="large"
              startIcon={<PlayArrow />}
              onClick={start}
              disabled={!canStart}
              data-testid="start-run"
              sx={{ px: 3 }}
            >
              {dryRun ? 'Start dry run' : 'Start run'}
            </Button>
          </span>
        </Tooltip>
        <Button
          variant="outlined"
          color="error"
          startIcon={<StopCircleOutlined />}
          onClick={onCancel}
          disabled={!running}
          data-testid="cancel-run"
        >
          Cancel
        </Button>
        <FormControlLabel
          control={<Switch checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={running} />}
          label="Dry run (validate only, load nothing)"
        />
        <TextField
          label="Batch size"
          value={batchText}
          onChange={(e) => setBatchText(e.target.value)}
          placeholder="project default"
          disabled={running}
          error={batchSize === null}
          helperText={batchSize === null ? 'A whole number from 1 to 100,000' : undefined}
          sx={{ width: 150 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'batch-size' } }}
        />
        <TextField
          select
          label="Strategy"
          value={strategy}
          onChange={(e) => setStrategy(e.target.value as PipelineStrategy | '')}
          disabled={running}
          sx={{ width: 190 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'run-strategy' } }}
        >
          <MenuItem value="">Project setting</MenuItem>
          {PIPELINE_STRATEGIES.map((s) => (
            <MenuItem key={s} value={s}>
              {STRATEGY_NAMES[s]}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {disabled && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          Open a project on the Dashboard to run its pipeline.
        </Typography>
      )}
      {children && <Box sx={{ mt: 1.5 }}>{children}</Box>}
    </Section>
  );
}
