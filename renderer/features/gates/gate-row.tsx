import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { GateResult } from '../../../preload/contract';
import { formatTime } from '../../components/format';
import { formatGateValue, formatThreshold, METRIC_INFO } from './gate-format';

const OUTCOME_COLOR = { pass: 'success', fail: 'error', waived: 'warning' } as const;

/** One gate: its measure against its threshold, the outcome, the evidence, and a waiver if one was given. */
export function GateRow({ gate, onWaive, onWithdraw }: { gate: GateResult; onWaive: () => void; onWithdraw: () => void }) {
  const info = METRIC_INFO[gate.metric];
  return (
    <TableRow data-testid={`gate-${gate.metric}`} data-outcome={gate.outcome}>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {info.label}
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {info.help}
        </Typography>
      </TableCell>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 500 }} data-testid={`gate-value-${gate.metric}`}>
        {formatGateValue(gate.metric, gate.value)}
      </TableCell>
      <TableCell sx={{ color: 'text.secondary' }}>{formatThreshold(gate)}</TableCell>
      <TableCell>
        <Chip label={gate.outcome.toUpperCase()} color={OUTCOME_COLOR[gate.outcome]} variant={gate.outcome === 'pass' ? 'outlined' : 'filled'} sx={{ fontWeight: 600, minWidth: 72 }} />
      </TableCell>
      <TableCell sx={{ maxWidth: 420 }}>
        <Typography variant="body2">{gate.evidence}</Typography>
        {gate.waiver && (
          <Box sx={{ mt: 0.5, p: 0.75, bgcolor: 'rgba(178,106,0,0.08)', borderRadius: 1 }} data-testid={`waiver-${gate.metric}`}>
            <Typography variant="caption" component="div">
              Waived by <b>{gate.waiver.by}</b> on {formatTime(gate.waiver.at)}: {gate.waiver.reason}
            </Typography>
          </Box>
        )}
      </TableCell>
      <TableCell align="right">
        {gate.outcome === 'fail' && (
          <Button size="small" variant="outlined" color="warning" onClick={onWaive} data-testid={`waive-${gate.metric}`}>
            Waive…
          </Button>
        )}
        {gate.outcome === 'waived' && (
          <Button size="small" onClick={onWithdraw} data-testid={`withdraw-${gate.metric}`}>
            Withdraw waiver
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
