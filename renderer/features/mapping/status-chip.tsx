import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ApprovalStatus } from '../../../preload/contract';

/** A mapping's review state; an approval names who gave it. */
export function ApprovalChip({ status, approvedBy }: { status: ApprovalStatus; approvedBy: string | null }) {
  const chip = (
    <Chip
      label={status}
      variant="outlined"
      color={status === 'approved' ? 'success' : status === 'review' ? 'info' : 'default'}
      sx={{ height: 20, fontSize: 11 }}
      data-testid="approval-chip"
      data-status={status}
    />
  );
  return status === 'approved' && approvedBy ? <Tooltip title={`Approved by ${approvedBy}`}>{chip}</Tooltip> : chip;
}
