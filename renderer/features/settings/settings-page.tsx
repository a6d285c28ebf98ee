import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import type { SettingsView } from '../../../preload/contract/settings-schemas';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { shortcutLabel } from '../../components/shortcuts';
import { useShortcut } from '../../components/use-shortcut';
import { useRunMonitor } from '../pipeline/run-monitor';
import { isActive } from '../pipeline/run-progress';
import { useProject } from '../project/project-context';
import { PipelineSettings } from './pipeline-settings';
import { PrivacySettings } from './privacy-settings';
import { changeFrom, fieldError, formOf, isDirty, readForm, type FormErrors, type SettingsForm } from './settings-form';
import { WorkbenchInfo } from './workbench-info';

/**
 * The open project's options, kept in project.yaml so a handed-over project behaves the
 * same elsewhere: the pipeline's batch size, strategy and backups, and what may be seen
 * of the data. Save (or Ctrl/⌘+S) writes only what changed; Revert goes back to the file.
 */
export function SettingsPage() {
  const { project, appInfo } = useProject();
  const path = project?.path ?? null;
  const loaded = useAsync(() => (path ? call('settings:get', {}) : Promise.resolve(null)), [path]);
  const [view, setView] = useState<SettingsView | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [engineErrors, setEngineErrors] = useState<FormErrors>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const { progress } = useRunMonitor();
  const running = progress !== null && isActive(progress);

  useEffect(() => {
    if (!loaded.data) return;
    setView(loaded.data);
    setForm(formOf(loaded.data.settings));
  }, [loaded.data]);

  const typed = useMemo(() => (form ? readForm(form) : null), [form]);
  const dirty = view !== null && form !== null && isDirty(view.settings, form);
  const errors: FormErrors = { ...engineErrors, ...typed?.errors };
  const canSave = dirty && !saving && !running && typed?.settings != null;

  const edit = (change: Partial<SettingsForm>) => {
    setForm((current) => (current ? { ...current, ...change } : current));
    setEngineErrors({});
    setSaveError(null);
  };
  const revert = () => {
    if (!view) return;
    setForm(formOf(view.settings));
    setEngineErrors({});
    setSaveError(null);
  };
  const save = async () => {
    if (!canSave || !view || !typed?.settings) return;
    setSaving(true);
    setSaveError(null);
    try {
      const next = await call('settings:update', changeFrom(view.settings, typed.settings));
      setView(next);
      setForm(formOf(next.settings));
      setSaved(true);
    } catch (error) {
      const field = isApiError(error) ? fieldError(error.details, error.message) : null;
      if (field) setEngineErrors(field);
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };
  useShortcut('s', () => void save(), canSave);

  return (
    <Box>
      <PageHeader
        title="Settings"
        subtitle="Options of the open project, kept in its project.yaml so a handed-over project behaves the same elsewhere."
        actions={
          view && (
            <>
              {dirty && <Chip label="Unsaved changes" color="warning" variant="outlined" data-testid="settings-dirty" />}
              <Button startIcon={<UndoOutlined />} onClick={revert} disabled={!dirty || saving} data-testid="settings-revert">
                Revert
              </Button>
              <Tooltip title={`Save to project.yaml (${shortcutLabel('S')})`}>
                <span>
                  <Button variant="contained" startIcon={<SaveOutlined />} onClick={() => void save()} disabled={!canSave} data-testid="settings-save">
                    {saving ? 'Saving…' : 'Save'}
                  </Button>
                </span>
              </Tooltip>
            </>
          )
        }
      />
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to see and change its settings.</Alert>
      ) : loaded.error !== undefined && !view ? (
        <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      ) : !view || !form ? (
        <LoadingBlock lines={8} label="Loading settings" />
      ) : (
        <Stack spacing={2}>
          {running && (
            <Alert severity="info" data-testid="settings-run-busy">
              A run is in progress. Settings can be saved once it has finished.
            </Alert>
          )}
          {saveError !== null && <ErrorAlert error={saveError} />}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2, alignItems: 'start' }}>
            <PipelineSettings form={form} errors={errors} view={view} disabled={saving} onChange={edit} />
            <PrivacySettings form={form} errors={errors} view={view} disabled={saving} onChange={edit} />
          </Box>
          <WorkbenchInfo appInfo={appInfo} projectPath={view.projectPath} runStorePath={view.runStorePath} />
        </Stack>
      )}
      <Snackbar
        open={saved}
        autoHideDuration={4000}
        onClose={() => setSaved(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setSaved(false)} data-testid="settings-saved">
          Settings saved to project.yaml
        </Alert>
      </Snackbar>
    </Box>
  );
}
