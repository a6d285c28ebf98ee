import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DedupPairView } from '../../../preload/contract';

const LEVEL_COLOR: Record<string, 'success' | 'warning' | 'error' | 'default'> = { agree: 'success', partial: 'warning', disagree: 'error', missing: 'default' };

const shown = (v: string | number | null) => (v === null || v === '' ? '∅' : String(v));

/**
 * Two records side by side, field by field, with how each field agreed and the pair's
 * weight; the person decides whether they are the same patient.
 */
export function PairCard({ pair, busy, onDecide }: { pair: DedupPairView; busy: boolean; onDecide: (decision: 'same' | 'different' | null) => void }) {
  const fields = Object.keys(pair.records.a);
  const [idField, ...compared] = fields;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="pair-card" data-decision={pair.review?.decision ?? ''}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          Weight {pair.weight.toFixed(1)}
        </Typography>
        <Chip label={pair.decision === 'match' ? 'matched' : 'for review'} color={pair.decision === 'match' ? 'success' : 'warning'} variant="outlined" sx={{ height: 20 }} />
        {pair.review && (
          <Chip label={`${pair.review.decision === 'same' ? 'same person' : 'different people'} · ${pair.review.by}`} color={pair.review.decision === 'same' ? 'success' : 'default'} sx={{ height: 20 }} data-testid="pair-review" />
        )}
        <Box sx={{ flex: 1 }} />
        {pair.review ? (
          <Button size="small" onClick={() => onDecide(null)} disabled={busy}>
            Undo decision
          </Button>
        ) : (
          <>
            <Button size="small" variant="contained" color="success" onClick={() => onDecide('same')} disabled={busy} data-testid="decide-same">
              Same person
            </Button>
            <Button size="small" variant="outlined" onClick={() => onDecide('different')} disabled={busy} data-testid="decide-different">
              Different people
            </Button>
          </>
        )}
      </Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            <TableCell>Record {shown(pair.records.a[idField!] ?? null)}</TableCell>
            <TableCell>Record {shown(pair.records.b[idField!] ?? null)}</TableCell>
            <TableCell>Agreement</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {compared.map((field) => (
            <TableRow key={field}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{field}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{shown(pair.records.a[field] ?? null)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{shown(pair.records.b[field] ?? null)}</TableCell>
              <TableCell>
                <Chip label={pair.levels[field] ?? 'missing'} color={LEVEL_COLOR[pair.levels[field] ?? 'missing']} variant="outlined" sx={{ height: 18, fontSize: 11 }} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
