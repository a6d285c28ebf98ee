import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GateResult } from '../../../preload/contract';
import { reviewerName, rememberReviewer } from '../mapping/reviewer';
import { formatGateValue, formatThreshold, METRIC_INFO } from './gate-format';

/** Waiving a failing gate: the reason and the name are both required, and both go on record. */
export function WaiveDialog({ gate, busy, onClose, onWaive }: { gate: GateResult | null; busy: boolean; onClose: () => void; onWaive: (reason: string, by: string) => void }) {
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  useEffect(() => {
    if (!gate) return;
    setReason('');
    setBy(reviewerName());
  }, [gate]);
  if (!gate) return null;
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="waive-dialog">
      <DialogTitle>Waive {METRIC_INFO[gate.metric].label.toLowerCase()}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          The run measured <b>{formatGateValue(gate.metric, gate.value)}</b>; the gate wants {formatThreshold(gate)}. A waiver lets it through for this run
          only, and the reason and your name go into the verdict and the audit trail.
        </Typography>
        <Stack spacing={2}>
          <TextField label="Why it is acceptable" value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={3} autoFocus slotProps={{ htmlInput: { 'data-testid': 'waive-reason' } }} />
          <TextField label="Waived by" value={by} onChange={(e) => setBy(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'waive-by' } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          color="warning"
          disabled={!reason.trim() || !by.trim() || busy}
          onClick={() => {
            rememberReviewer(by.trim());
            onWaive(reason.trim(), by.trim());
          }}
          data-testid="confirm-waive"
        >
          Waive
        </Button>
      </DialogActions>
    </Dialog>
  );
}
