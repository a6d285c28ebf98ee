import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { SettingsView } from '../../../preload/contract/settings-schemas';
import { Section } from '../../components/section';
import { rangeText, type FormErrors, type SettingsForm } from './settings-form';
import { settingOrigin } from './setting-origin';

/** The Privacy section: whether views start masked, and the minimum cell count. */
export function PrivacySettings({ form, errors, view, disabled, onChange }: {
  form: SettingsForm;
  errors: FormErrors;
  view: SettingsView;
  disabled: boolean;
  onChange: (change: Partial<SettingsForm>) => void;
}) {
  const cellError = errors['privacy.minCellCount'];
  return (
    <Section title="Privacy" testId="settings-privacy">
      <Stack spacing={2.5}>
        <div>
          <FormControlLabel
            control={
              <Switch checked={form.maskPreviews} onChange={(e) => onChange({ maskPreviews: e.target.checked })} disabled={disabled} />
            }
            label="Mask identifiable values"
            data-testid="setting-mask-previews"
          />
          <FormHelperText sx={{ mt: 0 }}>
            NHS numbers, names, dates of birth and addresses start masked in source previews, profiles and duplicate pairs; each view
            has its own switch to reveal them for as long as it is open. {settingOrigin(view, 'privacy.maskPreviews')}.
          </FormHelperText>
          {!form.maskPreviews && (
            <Alert severity="warning" sx={{ mt: 1 }} data-testid="unmasked-warning">
              Views will open with identifiable values shown. Turn masking off only on a machine and in a room where that is
              allowed. Logs never hold identifiable values either way.
            </Alert>
          )}
        </div>
        <TextField
          label="Minimum cell count"
          value={form.minCellCount}
          onChange={(e) => onChange({ minCellCount: e.target.value })}
          disabled={disabled}
          error={cellError !== undefined}
          helperText={
            cellError ??
            `Counts below this are shown as “< n” in profiles (on screen, stored and exported) and in a crosswalk's code counts, ${rangeText('privacy.minCellCount')}. Applies from the next profiling scan. ${settingOrigin(view, 'privacy.minCellCount')}.`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'setting-min-cell-count' } }}
          sx={{ maxWidth: 520 }}
        />
      </Stack>
    </Section>
  );
}
