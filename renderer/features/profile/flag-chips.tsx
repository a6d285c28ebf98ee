import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import type { ColumnProfile } from '../../../preload/contract';
import { FLAG_LABELS } from './profile-format';

/** A column's identifier flags as small warning chips. */
export function FlagChips({ flags }: { flags: ColumnProfile['flags'] }) {
  return (
    <Box sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip key={flag} label={FLAG_LABELS[flag]} color="warning" variant="outlined" sx={{ height: 20, fontSize: 11 }} data-testid={`flag-${flag}`} />
      ))}
    </Box>
  );
}
