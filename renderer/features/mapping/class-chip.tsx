import Chip from '@mui/material/Chip';
import { MAPPING_CLASS_COLOURS, type MappingClass } from '../../../preload/contract';

/** The colour of each mapping class, shared by the chips, the coverage bar and the ETL documents. */
export const CLASS_COLORS = MAPPING_CLASS_COLOURS;

/** Short names for tight cells; the tooltip-free full name is the raw class. */
export const CLASS_LABELS: Record<MappingClass, string> = {
  DIRECT_SOURCE: 'direct',
  LOOKUP_TRANSLATION: 'lookup',
  DERIVED: 'derived',
  SURROGATE_ETL: 'surrogate',
  REFERENCE_MASTER_FEED: 'master feed',
  OUT_OF_SCOPE: 'out of scope',
  UNRESOLVED: 'unresolved',
};

/** A mapping class as a coloured chip; unresolved stands out in warning colour. */
export function ClassChip({ value }: { value: MappingClass }) {
  const color = CLASS_COLORS[value];
  return (
    <Chip
      label={CLASS_LABELS[value]}
      variant={value === 'UNRESOLVED' ? 'filled' : 'outlined'}
      data-class={value}
      sx={{
        height: 20,
        fontSize: 11,
        borderColor: color,
        color: value === 'UNRESOLVED' ? '#fff' : color,
        bgcolor: value === 'UNRESOLVED' ? color : undefined,
        fontWeight: 500,
      }}
    />
  );
}
