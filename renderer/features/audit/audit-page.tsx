import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { downloadText } from '../mapping/mapping-model';
import { useProject } from '../project/project-context';
import { AuditTrailGrid } from './audit-trail-grid';
import { SignOffDialog, type SignOffRequest } from './sign-off-dialog';

/**
 * The evidence behind a cutover decision: the audit trail and whether its hash chain
 * holds, the sign-offs that seal it, and the governance pack to hand to the board.
 */
export function AuditPage() {
  const { project } = useProject();
  const path = project?.path;
  const [refresh, setRefresh] = useState(0);
  const chain = useAsync(() => (path ? call('audit:verify', {}) : Promise.resolve(null)), [path, refresh]);
  const signoffs = useAsync(() => (path ? call('audit:signoffs', {}) : Promise.resolve([])), [path, refresh]);
  const runs = useAsync(() => (path ? call('runs:list', {}) : Promise.resolve([])), [path]);
  const profiles = useAsync(() => (path ? call('gates:profiles', {}) : Promise.resolve([])), [path]);
  const [signing, setSigning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [packError, setPackError] = useState<unknown>(null);

  const sign = async (request: SignOffRequest) => {
    setBusy(true);
    setError(null);
    try {
      await call('audit:sign', request);
      setSigning(false);
      setRefresh((n) => n + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const downloadPack = async (format: 'html' | 'json') => {
    setPackError(null);
    try {
      const file = await call('evidence:pack', { format });
      downloadText(file.fileName, file.content, format === 'html' ? 'text/html' : 'application/json');
      setRefresh((n) => n + 1);
    } catch (caught) {
      setPackError(caught);
    }
  };
  const c = chain.data;
  const hasRuns = (runs.data?.length ?? 0) > 0;

  return (
    <Box>
      <PageHeader
        title="Audit"
        subtitle="The tamper-evident trail of everything that happened, the sign-offs, and the governance pack for the board."
        actions={
          <>
            <Button startIcon={<FileDownloadOutlined />} onClick={() => void downloadPack('json')} disabled={!hasRuns} data-testid="pack-json">
              Pack as JSON
            </Button>
            <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => void downloadPack('html')} disabled={!hasRuns} data-testid="pack-html">
              Governance pack
            </Button>
            <Button variant="contained" startIcon={<DrawOutlined />} onClick={() => setSigning(true)} disabled={!hasRuns || !profiles.data?.length || c?.verified === false} data-testid="open-sign-off">
              Sign off…
            </Button>
          </>
        }
      />
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to see its audit trail.</Alert>
      ) : chain.error !== undefined ? (
        <ErrorAlert error={chain.error} onRetry={chain.reload} />
      ) : !c ? (
        <LoadingBlock lines={6} label="Verifying the audit trail" />
      ) : (
        <Stack spacing={2}>
          {packError !== null && <ErrorAlert error={packError} />}
          <Alert severity={c.verified ? 'success' : 'error'} variant={c.verified ? 'standard' : 'filled'} data-testid="chain-status" data-verified={c.verified}>
            {c.verified ? (
              <>
                <b>Audit trail verified.</b> {c.entries} entries, each chained by SHA-256 to the one before. Head{' '}
                <span style={{ fontFamily: 'monospace' }}>{c.headHash ?? '(empty)'}</span>: a sign-off quotes it, so a later change to anything before it shows.
              </>
            ) : (
              <>
                <b>Audit trail broken at entry {c.brokenAt}.</b> An entry was changed, deleted or reordered after it was written; nothing from there on
                can be trusted, and nothing can be signed off.
              </>
            )}
          </Alert>
          {!hasRuns && <Alert severity="info">No run yet: the governance pack and sign-offs need a run to speak of.</Alert>}
          <Section title="Sign-offs" testId="signoffs-section">
            {!signoffs.data || signoffs.data.length === 0 ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="no-signoffs">
                Nobody has signed off yet.
              </Typography>
            ) : (
              <Table data-testid="signoffs">
                <TableHead>
                  <TableRow>
                    <TableCell>When</TableCell>
                    <TableCell>Who</TableCell>
                    <TableCell>Run and profile</TableCell>
                    <TableCell>Verdict</TableCell>
                    <TableCell>Statement</TableCell>
                    <TableCell>Seals</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {signoffs.data.map((s) => (
                    <TableRow key={s.id} data-testid={`signoff-${s.id}`}>
                      <TableCell>{formatTime(s.at)}</TableCell>
                      <TableCell>
                        <b>{s.name}</b>
                        <Typography variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                          {s.role}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                        {s.runId}
                        <br />
                        {s.profile}
                      </TableCell>
                      <TableCell>
                        <Chip label={s.verdict} color={s.verdict === 'PASS' ? 'success' : 'error'} sx={{ fontWeight: 600 }} />
                      </TableCell>
                      <TableCell sx={{ maxWidth: 360 }}>{s.statement}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: 11 }} title={s.auditHead}>
                        {s.auditHead.slice(0, 16)}…
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title="Audit trail" testId="trail-section">
            <AuditTrailGrid refresh={refresh} />
          </Section>
        </Stack>
      )}
      <SignOffDialog
        open={signing}
        runs={runs.data ?? []}
        profiles={(profiles.data ?? []).map((p) => p.name)}
        busy={busy}
        error={error}
        onClose={() => setSigning(false)}
        onSign={(request) => void sign(request)}
      />
    </Box>
  );
}
