import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatCount, formatSeconds } from '../../components/format';
import { Section } from '../../components/section';
import { STAGE_ORDER, stageTotals, type RunProgress } from './run-progress';

function describeEta(seconds: number | null): string {
  if (seconds === null) return 'estimating time left…';
  return seconds < 1 ? 'under a second left' : `about ${formatSeconds(seconds)} left`;
}

function TableState({ progress, table }: { progress: RunProgress; table: string }) {
  if (progress.finishedTables.includes(table)) return <Chip label="done" color="success" variant="outlined" />;
  if (progress.currentTable === table) return <Chip label={progress.currentStage ?? 'processing'} color="info" />;
  if (progress.counts[table]) return <Chip label="processing" color="info" variant="outlined" />;
  return <Chip label="waiting" variant="outlined" />;
}

/** Live view of the run in flight: overall bar with ETA, throughput per stage, counts per table. */
export function RunProgressPanel({ progress, now }: { progress: RunProgress; now: number }) {
  const { rowsDone, totalRows } = progress;
  const percent = totalRows > 0 ? Math.min(100, (rowsDone / totalRows) * 100) : 0;
  // `now` only paces re-renders between events; the clock itself is read fresh.
  const elapsed = (Math.max(now, Date.now()) - progress.seenAt) / 1000;
  const stages = stageTotals(progress);
  const tables = progress.tables.length > 0 ? progress.tables : Object.keys(progress.counts);

  return (
    <Section
      title={progress.dryRun ? 'Dry run in progress' : 'Run in progress'}
      testId="run-progress"
      action={<Chip label="running" color="info" data-testid="live-status" />}
    >
      <Box sx={{ mb: 2 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5, gap: 2 }}>
          <Typography variant="body2" data-testid="rows-done" data-value={rowsDone}>
            {totalRows > 0
              ? `${formatCount(rowsDone)} of ${formatCount(totalRows)} rows (${percent.toFixed(0)}%)`
              : 'Preparing…'}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="eta">
            {describeEta(progress.etaSeconds)}
            {rowsDone > 0 && elapsed >= 1 && ` · ${formatCount(rowsDone / elapsed)} rows/s overall`}
          </Typography>
        </Box>
        <LinearProgress
          variant={totalRows > 0 ? 'determinate' : 'indeterminate'}
          value={percent}
          sx={{ height: 8, borderRadius: 4 }}
          aria-label="Run progress"
        />
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }} data-testid="current-table">
          {progress.currentTable
            ? `Processing ${progress.currentTable}${progress.currentStage ? ` · ${progress.currentStage}` : ''}`
            : 'Waiting for the engine…'}
          {progress.issueCount > 0 && ` · ${formatCount(progress.issueCount)} issues so far`}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 2fr' }, gap: 3 }}>
        <Table aria-label="Stages">
          <TableHead>
            <TableRow>
              <TableCell>Stage</TableCell>
              <TableCell align="right">Rows</TableCell>
              <TableCell align="right">Rows/s</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {STAGE_ORDER.map((stage) => (
              <TableRow key={stage} data-testid={`stage-${stage}`} selected={progress.currentStage === stage}>
                <TableCell sx={{ textTransform: 'capitalize' }}>{stage}</TableCell>
                <TableCell align="right">{formatCount(stages[stage].rows)}</TableCell>
                <TableCell align="right">{formatCount(stages[stage].rowsPerSecond)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Table aria-label="Tables">
          <TableHead>
            <TableRow>
              <TableCell>Target table</TableCell>
              <TableCell>State</TableCell>
              <TableCell align="right">Read</TableCell>
              <TableCell align="right">Written</TableCell>
              <TableCell align="right">Rejected</TableCell>
              <TableCell align="right">Skipped</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tables.map((table) => {
              const counts = progress.counts[table];
              return (
                <TableRow key={table} data-testid={`live-${table}`}>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{table}</TableCell>
                  <TableCell>
                    <TableState progress={progress} table={table} />
                  </TableCell>
                  <TableCell align="right">{formatCount(counts?.read ?? 0)}</TableCell>
                  <TableCell align="right">{formatCount(counts?.written ?? 0)}</TableCell>
                  <TableCell align="right">{formatCount(counts?.rejected ?? 0)}</TableCell>
                  <TableCell align="right">{formatCount(counts?.skipped ?? 0)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
}
