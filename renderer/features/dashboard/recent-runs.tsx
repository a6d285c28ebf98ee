import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount, formatTime } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { Section } from '../../components/section';
import { StatusChip } from '../../components/status-chip';
import { routeHref } from '../../components/use-hash-route';
import { newestFirst } from '../runs/run-order';

/** The last few runs with their status, each linking to its detail on the Runs page. */
export function RecentRuns({ projectPath, refreshKey }: { projectPath: string; refreshKey: unknown }) {
  const { data, error, reload } = useAsync(() => call('runs:list', {}), [projectPath, refreshKey]);
  const runs = data ? newestFirst(data).slice(0, 5) : [];
  return (
    <Section title="Recent runs" testId="recent-runs" action={<Button href={routeHref('runs')}>All runs</Button>}>
      {error !== undefined && error !== null ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : !data ? (
        <LoadingBlock lines={3} label="Loading runs" />
      ) : runs.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          No runs yet. Start one from the <Link href={routeHref('pipeline')}>Pipeline</Link> page.
        </Typography>
      ) : (
        <Table>
          <TableHead>
            <TableRow>
              <TableCell>Run</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Started</TableCell>
              <TableCell align="right">Written</TableCell>
              <TableCell align="right">Rejected</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.id} hover>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                  <Link href={routeHref('runs', run.id)}>{run.id}</Link>
                  {run.dryRun && ' (dry run)'}
                </TableCell>
                <TableCell>
                  <StatusChip status={run.status} />
                </TableCell>
                <TableCell>{formatTime(run.startedAt)}</TableCell>
                <TableCell align="right">{formatCount(run.written)}</TableCell>
                <TableCell align="right">{formatCount(run.rejected)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
