import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ComparedRun } from '../../../preload/contract';
import { formatCount, formatSeconds, formatTime } from '../../components/format';
import { StatusChip } from '../../components/status-chip';
import { runLetter } from './compare-model';
import { RunLetterChip } from './run-letter-chip';

const mono = { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' } as const;

function mode(run: ComparedRun): string {
  if (run.dryRun) return 'dry run';
  return run.rolledBack ? 'load, rolled back' : 'load';
}

/** One row per compared run: status, mode, timing, options, rejects and issues; any run but the baseline can become it. */
export function CompareRunsTable({ runs, onBaseline }: { runs: readonly ComparedRun[]; onBaseline: (runId: string) => void }) {
  return (
    <TableContainer>
      <Table data-testid="compare-runs" sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>Run</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Mode</TableCell>
            <TableCell>Started</TableCell>
            <TableCell align="right">Duration</TableCell>
            <TableCell align="right">Batch size</TableCell>
            <TableCell>Strategy</TableCell>
            <TableCell align="right">Rejected</TableCell>
            <TableCell align="right">Issues</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run, i) => (
            <TableRow key={run.id} data-testid={`compare-run-${runLetter(i)}`} data-run-id={run.id}>
              <TableCell>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <RunLetterChip index={i} />
                  <Box component="span" sx={mono}>
                    {run.id}
                  </Box>
                </Box>
              </TableCell>
              <TableCell>
                <StatusChip status={run.status} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{mode(run)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(run.startedAt)}</TableCell>
              <TableCell align="right">{run.durationMillis === null ? '—' : formatSeconds(run.durationMillis / 1000)}</TableCell>
              <TableCell align="right" data-testid={`compare-batch-${runLetter(i)}`}>
                {run.batchSize === null ? '—' : formatCount(run.batchSize)}
              </TableCell>
              <TableCell>{run.strategy ?? '—'}</TableCell>
              <TableCell align="right">{formatCount(run.rejected)}</TableCell>
              <TableCell align="right">{formatCount(run.issueCount)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {i === 0 ? (
                  <Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }} data-testid="baseline-label">
                    baseline
                  </Box>
                ) : (
                  <Button onClick={() => onBaseline(run.id)} data-testid={`make-baseline-${runLetter(i)}`}>
                    Use as baseline
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
