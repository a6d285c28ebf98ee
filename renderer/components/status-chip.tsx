import Chip from '@mui/material/Chip';
import type { RunStatus } from '../../preload/contract';

const COLORS: Record<RunStatus, 'info' | 'success' | 'error' | 'warning'> = {
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
};

/** A run's status as a coloured chip; the text is the raw status so tests and users agree. */
export function StatusChip({ status, testId }: { status: RunStatus; testId?: string }) {
  return <Chip label={status} color={COLORS[status]} variant="outlined" data-testid={testId} sx={{ fontWeight: 500 }} />;
}
