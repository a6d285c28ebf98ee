import Tooltip from '@mui/material/Tooltip';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';

/** Marks a column that looks identifying: masked, or shown because the user revealed it. */
export function MaskedMarker({ revealed, why }: { revealed: boolean; why?: string }) {
  const title = revealed
    ? `Identifying column, revealed for this view${why ? ` (${why})` : ''}`
    : `Masked: this column looks identifying${why ? ` (${why})` : ''}. Turn on "Reveal identifiable values" to see it.`;
  const Icon = revealed ? VisibilityOutlined : VisibilityOffOutlined;
  return (
    <Tooltip title={title}>
      <Icon fontSize="inherit" color="warning" aria-label={revealed ? 'revealed identifying column' : 'masked column'} data-testid="masked-marker" sx={{ fontSize: 16, verticalAlign: 'middle' }} />
    </Tooltip>
  );
}
