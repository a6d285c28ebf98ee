import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { LoadingBlock } from '../../components/loading-block';

const ROW_CHECKS = 'Row checks judge each row as it loads: an error rejects the row, a warning is recorded and the row loads.';
const TABLE_CHECKS = 'Table checks run over the loaded target table once a table is done.';

function sample(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}: ${v === null ? '∅' : JSON.stringify(v)}`)
    .join(', ');
}

/**
 * The checks quality/rules.yaml can use, each with the examples it is tested on: the
 * options of a rule, rows it passes and rows it fails. Read them to write a rule.
 */
export function CheckLibraryDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const checks = useAsync(() => (open ? call('quality:checks', {}) : Promise.resolve([])), [open]);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth data-testid="check-library">
      <DialogTitle>Rule library</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          A rule in <code>quality/rules.yaml</code> names a check, a target table, a severity and the check's options. {ROW_CHECKS} {TABLE_CHECKS}
        </Typography>
        {!checks.data ? (
          <LoadingBlock lines={6} label="Loading the checks" />
        ) : (
          checks.data.map((c) => (
            <Box key={c.check} sx={{ mb: 2, pb: 1.5, borderBottom: 1, borderColor: 'divider' }} data-testid={`check-${c.check}`}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 0.5 }}>
                <Typography sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{c.check}</Typography>
                <Chip label={c.kind === 'row' ? 'row check' : 'table check'} variant="outlined" sx={{ height: 18, fontSize: 11 }} />
              </Box>
              {c.examples.map((e, i) => (
                <Box key={i} sx={{ fontFamily: 'monospace', fontSize: 12, pl: 1 }}>
                  <div style={{ color: '#55656f' }}>{sample(e.options)}</div>
                  {e.valid.map((row, j) => (
                    <div key={`v${j}`} style={{ color: '#2e7d4f' }}>
                      ✓ {sample(row)}
                    </div>
                  ))}
                  {e.invalid.map((row, j) => (
                    <div key={`i${j}`} style={{ color: '#b3261e' }}>
                      ✗ {sample(row)}
                    </div>
                  ))}
                </Box>
              ))}
            </Box>
          ))
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
