import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RunDetail } from '../../../preload/contract';
import { formatSeconds, formatTime } from '../../components/format';
import { Section } from '../../components/section';
import { StatusChip } from '../../components/status-chip';
import { CountsChart } from './counts-chart';
import { CountsTable } from './counts-table';
import { IssueTable } from './issue-table';
import { RunActions } from './run-actions';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

function duration(run: RunDetail): string {
  if (!run.finishedAt) return '—';
  const ms = new Date(run.finishedAt).getTime() - new Date(run.startedAt).getTime();
  return Number.isFinite(ms) ? formatSeconds(ms / 1000) : '—';
}

/** One stored run in full: status and timing, counts per table (table and chart), first issues. */
export function RunDetailView({ run, onChanged = () => undefined }: { run: RunDetail; onChanged?: () => void }) {
  return (
    <Stack spacing={2} data-testid="run-detail">
      <Section title="Run">
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <Fact label="Status">
            <StatusChip status={run.status} testId="run-status" />
          </Fact>
          <Fact label="Run id">
            <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="run-id">
              {run.id}
            </Box>
          </Fact>
          <Fact label="Mode">{run.dryRun ? 'Dry run (nothing loaded)' : 'Load'}</Fact>
          <Fact label="Started">{formatTime(run.startedAt)}</Fact>
          <Fact label="Finished">{formatTime(run.finishedAt)}</Fact>
          <Fact label="Duration">{duration(run)}</Fact>
        </Box>
        {run.error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {run.error}
          </Alert>
        )}
        <RunActions run={run} onChanged={onChanged} />
      </Section>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2 }}>
        <Section title="Counts per target table">
          <CountsTable tables={run.tables} />
        </Section>
        <Section title="Written, rejected and skipped">
          {run.tables.length > 0 ? (
            <CountsChart tables={run.tables} />
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              No table was processed.
            </Typography>
          )}
        </Section>
      </Box>
      <Section title="Issues">
        <IssueTable issues={run.issues} total={run.issueCount} />
      </Section>
    </Stack>
  );
}
