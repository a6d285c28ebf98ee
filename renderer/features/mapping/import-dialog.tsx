import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../components/error-alert';
import { PathField } from '../files/path-field';

/** "Import CSV…": a contract reviewed in a spreadsheet replaces this one, whole or not at all. */
export function ImportDialog({ open, busy, error, onClose, onImport }: {
  open: boolean;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onImport: (path: string) => void;
}) {
  const [path, setPath] = useState('');
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="import-dialog">
      <DialogTitle>Import a reviewed contract</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          The file replaces the contract if every row passes the contract's rules; otherwise nothing changes and the first problem
          is named with its line. The current contract stays in the history.
        </Typography>
        <PathField label="Contract CSV" value={path} onChange={setPath} mode="file" extensions={['csv']} title="Choose the reviewed contract" testId="import-path" autoFocus />
        {error !== null && error !== undefined && (
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!path.trim() || busy} onClick={() => onImport(path.trim())} data-testid="import-confirm">
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
