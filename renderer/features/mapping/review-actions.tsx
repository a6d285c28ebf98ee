import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MappingChange, MappingRow } from '../../../preload/contract';
import { reviewerName, rememberReviewer } from './reviewer';

/**
 * Moves a saved mapping through review: draft → review → approved (with the approver's
 * name), or back to draft. Disabled while the draft has unsaved edits: what gets approved
 * must be what is saved.
 */
export function ReviewActions({ row, unsaved, busy, onChange }: { row: MappingRow; unsaved: boolean; busy: boolean; onChange: (change: MappingChange) => void }) {
  const [approving, setApproving] = useState(false);
  const [name, setName] = useState('');
  const field = { targetTable: row.targetTable, targetField: row.targetField };
  const disabled = unsaved || busy;
  return (
    <>
      {row.status === 'draft' && (
        <Button size="small" onClick={() => onChange({ ...field, status: 'review' })} disabled={disabled} data-testid="send-for-review">
          Send for review
        </Button>
      )}
      {row.status !== 'approved' && (
        <Button
          size="small"
          variant="outlined"
          color="success"
          onClick={() => {
            setName(reviewerName());
            setApproving(true);
          }}
          disabled={disabled || row.class === 'UNRESOLVED'}
          data-testid="approve-mapping"
        >
          Approve…
        </Button>
      )}
      {row.status !== 'draft' && (
        <Button size="small" onClick={() => onChange({ ...field, status: 'draft', approvedBy: null })} disabled={disabled} data-testid="back-to-draft">
          Back to draft
        </Button>
      )}
      <Dialog open={approving} onClose={() => setApproving(false)} maxWidth="xs" fullWidth>
        <DialogTitle>Approve {row.targetTable}.{row.targetField}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            Your name goes into the contract beside this mapping and into its version history. Changing the mapping later takes the approval back.
          </Typography>
          <TextField autoFocus fullWidth label="Approved by" value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'approver-name' } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setApproving(false)}>Cancel</Button>
          <Button
            variant="contained"
            color="success"
            disabled={!name.trim()}
            data-testid="confirm-approve"
            onClick={() => {
              rememberReviewer(name.trim());
              setApproving(false);
              onChange({ ...field, status: 'approved', approvedBy: name.trim() });
            }}
          >
            Approve
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
