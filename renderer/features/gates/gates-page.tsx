import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import type { GateResult } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useProject } from '../project/project-context';
import { GateRow } from './gate-row';
import { ReconciliationTable } from './reconciliation-table';
import { WaiveDialog } from './waive-dialog';

/**
 * Go/no-go: a run judged against each gate profile of quality/gates.yaml, gate by gate
 * with its evidence, failing gates waivable with a reason and a name, the verdict kept on
 * record when asked; and the target reconciled against what was loaded.
 */
export function GatesPage() {
  const { project } = useProject();
  const path = project?.path;
  const profiles = useAsync(() => (path ? call('gates:profiles', {}) : Promise.resolve([])), [path]);
  const runs = useAsync(() => (path ? call('runs:list', {}) : Promise.resolve([])), [path]);
  const [profileChoice, setProfileChoice] = useState<string | null>(null);
  const [runChoice, setRunChoice] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const profile = profileChoice ?? profiles.data?.[0]?.name ?? null;
  const runId = runChoice ?? runs.data?.[0]?.id ?? null;
  const verdict = useAsync(() => (profile && runId ? call('gates:evaluate', { profile, runId, record: false }) : Promise.resolve(null)), [profile, runId, nonce]);
  const reconciliation = useAsync(() => (path && runs.data?.length ? call('reconcile:target', {}) : Promise.resolve([])), [path, runs.data?.length, nonce]);
  const [waiving, setWaiving] = useState<GateResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    try {
      await work();
      setNonce((n) => n + 1);
      return true;
    } catch (error) {
      setActionError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const v = verdict.data;

  return (
    <Box>
      <PageHeader
        title="Gates"
        subtitle="Go or no-go: a run judged against the release gate profiles, with the evidence for every gate."
        actions={
          <Button
            variant="contained"
            startIcon={<GavelOutlined />}
            disabled={!v || busy}
            onClick={() =>
              v &&
              void act(async () => {
                const kept = await call('gates:evaluate', { profile: v.profile, runId: v.runId, record: true });
                setRecorded(`${kept.verdict} recorded ${formatTime(kept.evaluatedAt)}`);
              })
            }
            data-testid="record-verdict"
          >
            Record this verdict
          </Button>
        }
      />
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to judge its runs.</Alert>
      ) : profiles.error !== undefined ? (
        <ErrorAlert error={profiles.error} onRetry={profiles.reload} />
      ) : !profiles.data || !runs.data ? (
        <LoadingBlock lines={6} label="Loading gates" />
      ) : profiles.data.length === 0 ? (
        <Alert severity="info">quality/gates.yaml declares no gate profiles yet (see docs/project-format.md).</Alert>
      ) : runs.data.length === 0 ? (
        <Alert severity="info" data-testid="gates-no-runs">
          No run to judge yet. Run the pipeline, then come back for the verdict.
        </Alert>
      ) : (
        <Stack spacing={2}>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Tabs value={profile} onChange={(_e, value: string) => setProfileChoice(value)}>
              {profiles.data.map((p) => (
                <Tab key={p.name} value={p.name} label={p.name} data-testid={`profile-${p.name}`} />
              ))}
            </Tabs>
            <TextField select label="Run" value={runId ?? ''} onChange={(e) => setRunChoice(e.target.value)} sx={{ minWidth: 360, ml: 'auto' }} slotProps={{ htmlInput: { 'data-testid': 'gates-run' } }}>
              {runs.data.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.id} · {formatTime(r.startedAt)} · {r.status}
                  {r.dryRun ? ' · dry run' : ''}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          {actionError !== null && <ErrorAlert error={actionError} />}
          {verdict.error !== undefined ? (
            <ErrorAlert error={verdict.error} onRetry={verdict.reload} />
          ) : !v ? (
            <LoadingBlock lines={6} label="Judging the run" />
          ) : (
            <>
              <Alert
                severity={v.verdict === 'PASS' ? 'success' : 'error'}
                variant="filled"
                data-testid="verdict"
                data-verdict={v.verdict}
                sx={{ '& .MuiAlert-message': { width: '100%' } }}
              >
                <Typography variant="h2" sx={{ color: 'inherit' }}>
                  {v.verdict === 'PASS' ? 'GO' : 'NO-GO'} · {v.profile}: {v.verdict}
                </Typography>
                <Typography variant="body2" sx={{ color: 'inherit' }}>
                  {v.gates.filter((g) => g.outcome === 'pass').length} of {v.gates.length} gates pass
                  {v.gates.some((g) => g.outcome === 'waived') && `, ${v.gates.filter((g) => g.outcome === 'waived').length} waived`}
                  {v.gates.some((g) => g.outcome === 'fail') && `, ${v.gates.filter((g) => g.outcome === 'fail').length} fail`}. Run {v.runId}. {v.description}
                  {recorded && ` · ${recorded}`}
                </Typography>
              </Alert>
              <Section title="Gates" testId="gates-section">
                <Table data-testid="gates-table">
                  <TableHead>
                    <TableRow>
                      <TableCell>Gate</TableCell>
                      <TableCell align="right">Measured</TableCell>
                      <TableCell>Needs</TableCell>
                      <TableCell>Outcome</TableCell>
                      <TableCell>Evidence</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {v.gates.map((gate) => (
                      <GateRow
                        key={gate.metric}
                        gate={gate}
                        onWaive={() => setWaiving(gate)}
                        onWithdraw={() => void act(() => call('gates:withdraw-waiver', { runId: v.runId, profile: v.profile, metric: gate.metric }))}
                      />
                    ))}
                  </TableBody>
                </Table>
              </Section>
            </>
          )}
          <Section title="Reconciliation" testId="reconciliation-section">
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
              Every target row re-read and hashed as it was loaded, against the load ledger: a row changed, lost or added after the load shows here.
            </Typography>
            {reconciliation.error !== undefined ? <ErrorAlert error={reconciliation.error} /> : reconciliation.data ? <ReconciliationTable tables={reconciliation.data} /> : <LoadingBlock lines={4} label="Reconciling" />}
          </Section>
        </Stack>
      )}
      <WaiveDialog
        gate={waiving}
        busy={busy}
        onClose={() => setWaiving(null)}
        onWaive={(reason, by) =>
          v && waiving && void act(() => call('gates:waive', { runId: v.runId, profile: v.profile, metric: waiving.metric, reason, by })).then((ok) => ok && setWaiving(null))
        }
      />
    </Box>
  );
}
