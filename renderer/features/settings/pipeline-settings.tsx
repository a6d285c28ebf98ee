import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PIPELINE_STRATEGIES, type PipelineStrategy, type SettingsView } from '../../../preload/contract/settings-schemas';
import { Section } from '../../components/section';
import { rangeText, type FormErrors, type SettingsForm } from './settings-form';
import { settingOrigin } from './setting-origin';

/** What each strategy does, in one line (the Simulation page compares them side by side). */
export const STRATEGY_TEXT: Record<PipelineStrategy, { label: string; explanation: string }> = {
  staged: { label: 'Staged', explanation: 'Each stage runs for every batch before the next stage begins, with a checkpoint in between.' },
  big_bang: { label: 'Big bang', explanation: 'The whole load moves through every stage in one pass: all or nothing.' },
  parallel: { label: 'Parallel', explanation: 'Each worker carries its batch through every stage, then takes the next one.' },
};

/** The Pipeline section: batch size, strategy and how many target backups are kept. */
export function PipelineSettings({ form, errors, view, disabled, onChange }: {
  form: SettingsForm;
  errors: FormErrors;
  view: SettingsView;
  disabled: boolean;
  onChange: (change: Partial<SettingsForm>) => void;
}) {
  const batchError = errors['pipeline.batchSize'];
  const backupsError = errors['pipeline.keepBackups'];
  return (
    <Section title="Pipeline" testId="settings-pipeline">
      <Stack spacing={2.5}>
        <TextField
          label="Batch size"
          value={form.batchSize}
          onChange={(e) => onChange({ batchSize: e.target.value })}
          disabled={disabled}
          error={batchError !== undefined}
          helperText={
            batchError ??
              `Rows read, checked and committed together, ${rangeText('pipeline.batchSize')}. Smaller batches report progress and resume closer to where a run stopped; larger ones load faster. A run can override it. ${settingOrigin(view, 'pipeline.batchSize')}.`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'setting-batch-size' } }}
          sx={{ maxWidth: 520 }}
        />
        <TextField
          select
          label="Strategy"
          value={form.strategy}
          onChange={(e) => onChange({ strategy: e.target.value as PipelineStrategy })}
          disabled={disabled}
          helperText={`${STRATEGY_TEXT[form.strategy].explanation} Recorded with every run. ${settingOrigin(view, 'pipeline.strategy')}.`}
          slotProps={{
            htmlInput: { 'data-testid': 'setting-strategy' },
            select: { renderValue: (value) => `${STRATEGY_TEXT[value as PipelineStrategy].label} (${String(value)})` },
          }}
          sx={{ maxWidth: 520 }}
        >
          {PIPELINE_STRATEGIES.map((strategy) => (
            <MenuItem key={strategy} value={strategy} data-testid={`strategy-${strategy}`}>
              <Stack>
                <Typography variant="body2">
                  {STRATEGY_TEXT[strategy].label} <code style={{ fontSize: 11, opacity: 0.7 }}>{strategy}</code>
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary', whiteSpace: 'normal' }}>
                  {STRATEGY_TEXT[strategy].explanation}
                </Typography>
              </Stack>
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Backups kept"
          value={form.keepBackups}
          onChange={(e) => onChange({ keepBackups: e.target.value })}
          disabled={disabled}
          error={backupsError !== undefined}
          helperText={
            backupsError ??
              `Copies of the target taken before each run loads, newest kept, so a run can be rolled back, ${rangeText('pipeline.keepBackups')}; 0 takes none. ${settingOrigin(view, 'pipeline.keepBackups')}.`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'setting-keep-backups' } }}
          sx={{ maxWidth: 520 }}
        />
      </Stack>
    </Section>
  );
}
