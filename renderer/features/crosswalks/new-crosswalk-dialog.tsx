import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { CrosswalkView } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { PathField } from '../files/path-field';

const EMPTY = 'empty';
const FROM_FILE = 'file';

/** "New crosswalk": empty (one row to fill in), a copy of a built-in one, or a CSV file. */
export function NewCrosswalkDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (view: CrosswalkView) => void }) {
  const library = useAsync(() => (open ? call('crosswalks:library', {}) : Promise.resolve([])), [open]);
  const [start, setStart] = useState(EMPTY);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setStart(EMPTY);
    setName('');
    setPath('');
    setError(null);
  }, [open]);
  const nameOk = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(name);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const view =
        start === EMPTY
          ? await call('crosswalks:save', { name, rows: [{ source: 'CODE', target: 'TARGET', description: 'replace me' }], expectedSha: null })
          : start === FROM_FILE
            ? await call('crosswalks:create-from', { name, path: path.trim() })
            : await call('crosswalks:create-from', { name, libraryId: start });
      onCreated(view);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="new-crosswalk-dialog">
      <DialogTitle>New crosswalk</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label="Start from"
            value={start}
            onChange={(e) => {
              setStart(e.target.value);
              const entry = library.data?.find((l) => l.id === e.target.value);
              if (entry && !name) setName(entry.id.replace(/^(nhs|omop)-/, ''));
            }}
            slotProps={{ htmlInput: { 'data-testid': 'new-crosswalk-start' } }}
          >
            <MenuItem value={EMPTY}>An empty crosswalk</MenuItem>
            {(library.data ?? []).map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.label} — {l.standard} ({l.codes} codes)
              </MenuItem>
            ))}
            <MenuItem value={FROM_FILE}>A CSV file (source_code,target_code,description)…</MenuItem>
          </TextField>
          {start === FROM_FILE && <PathField label="Crosswalk CSV" value={path} onChange={setPath} mode="file" extensions={['csv']} testId="new-crosswalk-path" />}
          <TextField
            label="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={name !== '' && !nameOk}
            helperText={name !== '' && !nameOk ? 'Letters, digits, - and _, starting with a letter or digit' : 'Its file is mapping/crosswalks/<name>.csv; the contract names it so'}
            slotProps={{ htmlInput: { 'data-testid': 'new-crosswalk-name', spellCheck: false } }}
          />
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void create()} disabled={!nameOk || busy || (start === FROM_FILE && !path.trim())} data-testid="create-crosswalk">
          {busy ? 'Creating…' : 'Create'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
