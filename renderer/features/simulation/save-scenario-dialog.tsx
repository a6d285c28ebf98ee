import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { Scenario } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';

/** A file name for a scenario: lower case, digits and dashes. */
export function scenarioFileName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'scenario';
}

/** Saves the set-up as a scenario of the project (its simulation/ folder), under a name and a file name. */
export function SaveScenarioDialog({ scenario, onClose, onSaved }: { scenario: Scenario; onClose: () => void; onSaved: (id: string) => void }) {
  const [title, setTitle] = useState(scenario.name);
  const [file, setFile] = useState(scenarioFileName(scenario.name));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const valid = title.trim().length > 0 && /^[a-z0-9][a-z0-9-]{0,63}$/.test(file);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const entry = await call('simulation:save', { name: file, scenario: { ...scenario, name: title.trim() } });
      onSaved(entry.id);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Save as a project scenario</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField label="Name" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        <TextField
          label="File"
          value={file}
          onChange={(e) => setFile(e.target.value)}
          error={!/^[a-z0-9][a-z0-9-]{0,63}$/.test(file)}
          helperText={`simulation/${file}.yaml in the project; lower case letters, digits and -`}
        />
        {error !== null && <ErrorAlert error={error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => void save()}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
