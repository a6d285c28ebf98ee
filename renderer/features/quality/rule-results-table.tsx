import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { QualityReport } from '../../../preload/contract';
import { formatCount } from '../../components/format';

const mono = { fontFamily: 'monospace', fontSize: 12 } as const;

/** Every declared rule of the run: what it checks, how many rows it judged and failed; choosing one lists its issues. */
export function RuleResultsTable({ rules, selected, onSelect }: { rules: QualityReport['rules']; selected: string | null; onSelect: (ruleId: string) => void }) {
  if (rules.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        The run had no rules from quality/rules.yaml; only the catalog's own checks ran.
      </Typography>
    );
  }
  return (
    <Table data-testid="rule-results">
      <TableHead>
        <TableRow>
          <TableCell>Rule</TableCell>
          <TableCell>Check</TableCell>
          <TableCell>Table</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell align="right">Checked</TableCell>
          <TableCell align="right">Failed</TableCell>
          <TableCell sx={{ width: 140 }}>Failure rate</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rules.map((r) => {
          const rate = r.checked === 0 ? 0 : r.failed / r.checked;
          return (
            <TableRow key={`${r.table}.${r.ruleId}`} hover selected={r.ruleId === selected} onClick={() => onSelect(r.ruleId)} sx={{ cursor: 'pointer' }} data-testid={`rule-${r.ruleId}`} data-failed={r.failed}>
              <TableCell>
                <Box sx={mono}>{r.ruleId}</Box>
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  {r.message ?? r.description ?? ''}
                </Typography>
              </TableCell>
              <TableCell sx={mono}>
                {r.check}
                {r.kind === 'table' && <Chip label="table" variant="outlined" sx={{ ml: 0.5, height: 16, fontSize: 10 }} />}
              </TableCell>
              <TableCell sx={mono}>{r.table}</TableCell>
              <TableCell>
                <Chip label={r.severity} color={r.severity === 'error' ? 'error' : 'warning'} variant="outlined" sx={{ height: 20 }} />
              </TableCell>
              <TableCell align="right">{formatCount(r.checked)}</TableCell>
              <TableCell align="right" sx={{ color: r.failed > 0 ? `${r.severity}.main` : 'success.main', fontWeight: 500 }}>
                {r.failed === 0 ? 'none' : formatCount(r.failed)}
              </TableCell>
              <TableCell>
                <LinearProgress variant="determinate" value={Math.min(100, rate * 100)} color={r.failed === 0 ? 'success' : r.severity} sx={{ height: 6, borderRadius: 1 }} />
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  {(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 3 : 1)}%
                </Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
