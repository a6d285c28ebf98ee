import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import type { ChannelOutput, RunDetail } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { reviewerName, rememberReviewer } from '../mapping/reviewer';

/**
 * What can still be done with a run: resume one that stopped (after its last committed
 * batch, same id), or roll the target back to before it (undoing it and every later run,
 * with the name of who asked in the audit trail).
 */
export function RunActions({ run, onChanged }: { run: RunDetail; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<ChannelOutput<'runs:rollback'> | null>(null);
  const resumable = !run.dryRun && !run.rolledBack && (run.status === 'failed' || run.status === 'cancelled');
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  if (!resumable && !run.canRollBack && !run.rolledBack) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 2 }} data-testid="run-actions">
      {run.rolledBack && <Alert severity="info">This run was rolled back: its rows are no longer in the target.</Alert>}
      {resumable && (
        <Button variant="contained" startIcon={<PlayArrowOutlined />} disabled={busy} onClick={() => void act(async () => void (await call('runs:start', { resume: run.id })))} data-testid="resume-run">
          Resume after the last committed batch
        </Button>
      )}
      {run.canRollBack && (
        <Button
          variant="outlined"
          color="warning"
          startIcon={<RestoreOutlined />}
          disabled={busy}
          onClick={() => {
            setBy(reviewerName());
            setConfirming(true);
          }}
          data-testid="rollback-run"
        >
          Roll back to before this run…
        </Button>
      )}
      {done && (
        <Alert severity="success" data-testid="rollback-done">
          Rolled back {done.undoneRuns.length} run{done.undoneRuns.length === 1 ? '' : 's'}. {done.removedTarget ? 'There was no target before: it was removed.' : 'The target is as it was before.'}
          {done.safetyCopy && ` The target as it stood is kept in ${done.safetyCopy}.`}
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <Dialog open={confirming} onClose={() => setConfirming(false)} maxWidth="sm" fullWidth data-testid="rollback-dialog">
        <DialogTitle>Roll back to before run {run.id}?</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            The target is replaced by the copy taken before this run started. This run and every real run after it are undone; the target as it stands now
            is copied aside first, and the rollback goes into the audit trail with your name.
          </Typography>
          <TextField fullWidth label="Your name" value={by} onChange={(e) => setBy(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'rollback-by' } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button
            variant="contained"
            color="warning"
            disabled={!by.trim() || busy}
            onClick={() =>
              void act(async () => {
                rememberReviewer(by.trim());
                setConfirming(false);
                setDone(await call('runs:rollback', { runId: run.id, by: by.trim() }));
              })
            }
            data-testid="confirm-rollback"
          >
            Roll back
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
