import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PIPELINE_STRATEGIES, type PipelineStrategy, type SettingsView } from '../../../preload/contract/settings-schemas';
import { Section } from '../../components/section';
import { rangeText, type FormErrors, type SettingsForm } from './settings-form';
import { settingOrigin } from './setting-origin';

/** What each strategy does to a real run, in one line (the Simulation page rehearses them side by side). */
export const STRATEGY_TEXT: Record<PipelineStrategy, { label: string; explanation: string }> = {
  staged: { label: 'Staged', explanation: 'One table at a time in load order, each batch committed; a failure keeps what was committed, to resume.' },
  big_bang: { label: 'Big bang', explanation: 'All or nothing: a run that fails or is cancelled is rolled back at once, leaving the target as it was.' },
  parallel: { label: 'Parallel', explanation: 'Tables that do not depend on each other load side by side, up to the concurrency at once.' },
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
  const concurrencyError = errors['pipeline.concurrency'];
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
          helperText={`${STRATEGY_TEXT[form.strategy].explanation} A run can override it. ${settingOrigin(view, 'pipeline.strategy')}.`}
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
          label="Concurrency"
          value={form.concurrency}
          onChange={(e) => onChange({ concurrency: e.target.value })}
          disabled={disabled}
          error={concurrencyError !== undefined}
          helperText={
            concurrencyError ??
              `Tables loaded at once by the parallel strategy, ${rangeText('pipeline.concurrency')}. ${settingOrigin(view, 'pipeline.concurrency')}.`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'setting-concurrency' } }}
          sx={{ maxWidth: 520 }}
        />
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
