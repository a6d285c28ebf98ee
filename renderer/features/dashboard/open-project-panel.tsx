import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { PathField } from '../files/path-field';
import { useProject } from '../project/project-context';

/**
 * The empty state: what a project is, and the two ways to get one. Folder paths are typed
 * when the host cannot show a folder picker (browser mode), since the page cannot see disk.
 */
export function OpenProjectPanel() {
  const { appInfo, reload } = useProject();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [openPath, setOpenPath] = useState('');
  const [demoPath, setDemoPath] = useState('');

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const project = await action();
      if (project) reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const onOpen = (event: FormEvent) => {
    event.preventDefault();
    void act(() => call('projects:open', { path: openPath.trim() }));
  };
  const onCreateDemo = (event: FormEvent) => {
    event.preventDefault();
    void act(() => call('projects:create-demo', { path: demoPath.trim() }));
  };

  return (
    <Section title="No project is open" testId="open-project-panel">
      <Typography variant="body2" sx={{ mb: 2, maxWidth: 720 }}>
        A migration project is a folder holding <code>project.yaml</code> (sources, target and pipeline options), the
        mapping contract, crosswalks, quality rules and the run store. Open an existing project, or create the demo
        project to try the workbench on synthetic patient data.
      </Typography>
      {error !== null && (
        <Box sx={{ mb: 2 }}>
          <ErrorAlert error={error} />
        </Box>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} divider={<Divider orientation="vertical" flexItem />}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h3" sx={{ mb: 1 }}>
            Open project…
          </Typography>
          {appInfo?.canPickFolders ? (
            <Button
              variant="contained"
              startIcon={<FolderOpenOutlined />}
              disabled={busy}
              onClick={() => void act(() => call('projects:pick', {}))}
            >
              Choose project folder…
            </Button>
          ) : (
            <Box component="form" onSubmit={onOpen} sx={{ display: 'flex', gap: 1 }}>
              <PathField label="Project folder path" value={openPath} onChange={setOpenPath} mode="folder" title="Open a migration project" testId="open-project-path" onError={setError} />
              <Button type="submit" variant="contained" disabled={busy || !openPath.trim()} startIcon={<FolderOpenOutlined />}>
                Open
              </Button>
            </Box>
          )}
        </Box>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h3" sx={{ mb: 1 }}>
            Create demo project
          </Typography>
          <Box component="form" onSubmit={onCreateDemo} sx={{ display: 'flex', gap: 1 }}>
            <PathField
              label="New folder path"
              value={demoPath}
              onChange={setDemoPath}
              mode="folder"
              title="Where to create the demo project (add a new folder name after choosing)"
              testId="demo-project-path"
              onError={setError}
            />
            <Button type="submit" variant="outlined" disabled={busy || !demoPath.trim()} startIcon={<AutoAwesomeOutlined />}>
              Create
            </Button>
          </Box>
          <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 0.5 }}>
            Synthetic data only; no real patient records.
          </Typography>
        </Box>
      </Stack>
      {appInfo?.mode === 'browser' && (
        <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
          Browser mode: paths are folders on the machine running <code>cutover serve</code>.
        </Alert>
      )}
    </Section>
  );
}
