import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RunSummary } from '../../../preload/contract';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';
import { reviewerName, rememberReviewer } from '../mapping/reviewer';

const STATEMENT = 'I have reviewed the evidence in the governance pack for this run and accept the verdict of this gate profile.';

/** What a sign-off asks: which run and profile, who, in what role, and the words they sign. */
export interface SignOffRequest {
  runId: string;
  profile: string;
  name: string;
  role: string;
  statement: string;
}

/**
 * Signing a run's verdict off: the verdict is judged at that moment and kept with the
 * sign-off, which also seals the audit trail's head hash.
 */
export function SignOffDialog({ open, runs, profiles, busy, error, onClose, onSign }: {
  open: boolean;
  runs: readonly RunSummary[];
  profiles: readonly string[];
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSign: (request: SignOffRequest) => void;
}) {
  const [request, setRequest] = useState<SignOffRequest>({ runId: '', profile: '', name: '', role: '', statement: STATEMENT });
  useEffect(() => {
    if (open) setRequest({ runId: runs[0]?.id ?? '', profile: profiles.at(-1) ?? '', name: reviewerName(), role: '', statement: STATEMENT });
  }, [open, runs, profiles]);
  const set = (key: keyof SignOffRequest) => (e: { target: { value: string } }) => setRequest((r) => ({ ...r, [key]: e.target.value }));
  const complete = Object.values(request).every((v) => v.trim() !== '');
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="sign-off-dialog">
      <DialogTitle>Sign off a verdict</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          The run is judged against the profile now; the verdict, your name and role, your words and the audit trail's head hash are kept together,
          and the sign-off joins the trail.
        </Typography>
        <Stack spacing={2}>
          <TextField select label="Run" value={request.runId} onChange={set('runId')} slotProps={{ htmlInput: { 'data-testid': 'sign-run' } }}>
            {runs.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.id} · {formatTime(r.startedAt)}
                {r.dryRun ? ' · dry run' : ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label="Gate profile" value={request.profile} onChange={set('profile')} slotProps={{ htmlInput: { 'data-testid': 'sign-profile' } }}>
            {profiles.map((p) => (
              <MenuItem key={p} value={p}>
                {p}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2}>
            <TextField label="Name" value={request.name} onChange={set('name')} fullWidth slotProps={{ htmlInput: { 'data-testid': 'sign-name' } }} />
            <TextField label="Role" value={request.role} onChange={set('role')} fullWidth placeholder="Clinical safety officer" slotProps={{ htmlInput: { 'data-testid': 'sign-role' } }} />
          </Stack>
          <TextField label="Statement" value={request.statement} onChange={set('statement')} multiline minRows={3} slotProps={{ htmlInput: { 'data-testid': 'sign-statement' } }} />
          {error !== null && error !== undefined && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!complete || busy}
          onClick={() => {
            rememberReviewer(request.name.trim());
            onSign(request);
          }}
          data-testid="confirm-sign"
        >
          {busy ? 'Signing…' : 'Sign off'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
