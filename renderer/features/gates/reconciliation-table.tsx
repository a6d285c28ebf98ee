import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ChannelOutput } from '../../../preload/contract';
import { formatCount } from '../../components/format';

const percent = (x: number) => `${(100 * x).toFixed(x < 1 && x > 0.999 ? 3 : 1)}%`;

/** The target re-read against the load ledger: per table, what was loaded and what is there, and the fingerprints of both. */
export function ReconciliationTable({ tables }: { tables: ChannelOutput<'reconcile:target'> }) {
  if (tables.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        The target has no loaded tables yet: run the pipeline (not a dry run) to reconcile.
      </Typography>
    );
  }
  return (
    <Table data-testid="reconciliation">
      <TableHead>
        <TableRow>
          <TableCell>Table</TableCell>
          <TableCell align="right">Loaded</TableCell>
          <TableCell align="right">In target</TableCell>
          <TableCell align="right">Changed</TableCell>
          <TableCell align="right">Missing</TableCell>
          <TableCell align="right">Extra</TableCell>
          <TableCell align="right">Parity</TableCell>
          <TableCell>Mandatory fields filled</TableCell>
          <TableCell>Parents found</TableCell>
          <TableCell>SHA-256</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tables.map((t) => {
          const ok = t.parity === 1 && t.extra === 0;
          const lowestFilled = t.mandatoryFilled.reduce((m, c) => Math.min(m, c.share), 1);
          const lowestParent = t.foreignKeys.reduce((m, f) => Math.min(m, f.share), 1);
          return (
            <TableRow key={t.table} data-testid={`reconcile-${t.table}`} data-parity={t.parity}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{t.table}</TableCell>
              <TableCell align="right">{formatCount(t.ledgerRows)}</TableCell>
              <TableCell align="right">{formatCount(t.targetRows)}</TableCell>
              <TableCell align="right" sx={{ color: t.changed ? 'error.main' : undefined }}>{formatCount(t.changed)}</TableCell>
              <TableCell align="right" sx={{ color: t.missing ? 'error.main' : undefined }}>{formatCount(t.missing)}</TableCell>
              <TableCell align="right" sx={{ color: t.extra ? 'warning.main' : undefined }}>{formatCount(t.extra)}</TableCell>
              <TableCell align="right" sx={{ color: ok ? 'success.main' : 'error.main', fontWeight: 500 }}>{percent(t.parity)}</TableCell>
              <TableCell>
                <Tooltip title={t.mandatoryFilled.map((c) => `${c.column}: ${percent(c.share)}`).join('\n') || 'no mandatory fields'}>
                  <span>{t.mandatoryFilled.length === 0 ? '—' : lowestFilled === 1 ? 'all, every row' : `lowest ${percent(lowestFilled)}`}</span>
                </Tooltip>
              </TableCell>
              <TableCell>{t.foreignKeys.length === 0 ? '—' : lowestParent === 1 ? 'all' : `lowest ${percent(lowestParent)}`}</TableCell>
              <TableCell>
                <Tooltip title={`loaded ${t.loadedSha256}\ntarget ${t.targetSha256}`}>
                  <Typography component="span" sx={{ fontFamily: 'monospace', fontSize: 11, color: t.loadedSha256 === t.targetSha256 ? 'success.main' : 'error.main' }}>
                    {t.loadedSha256 === t.targetSha256 ? `${t.targetSha256.slice(0, 12)}… same` : 'differs'}
                  </Typography>
                </Tooltip>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
