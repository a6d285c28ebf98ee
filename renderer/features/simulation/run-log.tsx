import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { StrategyResult } from '../../../preload/contract';
import { formatClock, FAILURE_LABELS, STRATEGY_LABELS } from './simulation-format';

const LEVEL_COLOURS = { info: 'text.secondary', warning: 'warning.main', error: 'error.main' } as const;

/**
 * Each strategy's run log (failures, retries, checkpoints, the end) with the failures
 * counted by kind and substage; the moments up to the playback's are in full colour.
 */
export function RunLog({ runs, t }: { runs: readonly StrategyResult[]; t: number }) {
  const [tab, setTab] = useState(0);
  const run = runs[Math.min(tab, runs.length - 1)]!;
  return (
    <Box>
      <Tabs value={Math.min(tab, runs.length - 1)} onChange={(_e, value: number) => setTab(value)} sx={{ minHeight: 36, mb: 1 }}>
        {runs.map((r) => (
          <Tab key={r.strategy} label={`${STRATEGY_LABELS[r.strategy]} (${r.events.length})`} sx={{ minHeight: 36 }} />
        ))}
      </Tabs>
      {run.failures.length > 0 && (
        <Table sx={{ mb: 1.5 }} aria-label="failures by kind and substage">
          <TableHead>
            <TableRow>
              <TableCell>Failure</TableCell>
              <TableCell>Substage</TableCell>
              <TableCell align="right">Struck</TableCell>
              <TableCell align="right">Recovered</TableCell>
              <TableCell align="right">Failed for good</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {run.failures.map((f) => (
              <TableRow key={`${f.kind}@${f.substage}`}>
                <TableCell>{FAILURE_LABELS[f.kind]}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{f.substage}</TableCell>
                <TableCell align="right">{f.occurrences}</TableCell>
                <TableCell align="right">{f.recovered}</TableCell>
                <TableCell align="right" sx={{ color: f.permanent > 0 ? 'error.main' : undefined }}>
                  {f.permanent}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="simulation-log">
        {run.events.length === 0 && (
          <Typography variant="body2" sx={{ p: 1.5, color: 'text.secondary' }}>
            Nothing to report: no failures, no checkpoints.
          </Typography>
        )}
        {run.events.map((event, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1.5, px: 1.5, py: 0.5, opacity: event.t <= t ? 1 : 0.45, borderBottom: 1, borderColor: 'divider', fontSize: 13 }}>
            <Box sx={{ fontVariantNumeric: 'tabular-nums', color: 'text.secondary', minWidth: 56 }}>{formatClock(event.t)}</Box>
            <Box sx={{ color: LEVEL_COLOURS[event.level] }}>{event.text}</Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
