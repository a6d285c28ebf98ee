import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { ChannelOutput } from '../../../preload/contract';

/** The project's crosswalks: codes each holds and how many contract fields translate through it. */
export function CrosswalkList({ crosswalks, selected, onSelect }: {
  crosswalks: ChannelOutput<'crosswalks:list'>;
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  if (crosswalks.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary', p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="no-crosswalks">
        No crosswalks yet. Start one from the built-in library (NHS and OMOP code sets), from a CSV, or empty.
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="crosswalk-list" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 560, overflow: 'auto' }}>
      {crosswalks.map((c) => (
        <ListItemButton key={c.name} selected={c.name === selected} onClick={() => onSelect(c.name)} data-testid={`crosswalk-${c.name}`} sx={{ display: 'block', py: 0.75 }}>
          <Typography sx={{ fontFamily: 'monospace', fontSize: 12 }}>{c.name}</Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {c.codes} codes
            </Typography>
            {c.usedBy.length === 0 ? (
              <Chip label="unused" variant="outlined" sx={{ height: 16, fontSize: 10 }} />
            ) : (
              <Typography variant="caption" sx={{ color: 'text.secondary' }} title={c.usedBy.map((u) => `${u.targetTable}.${u.targetField}`).join('\n')}>
                · {c.usedBy.length} field{c.usedBy.length === 1 ? '' : 's'}
              </Typography>
            )}
          </Box>
        </ListItemButton>
      ))}
    </List>
  );
}
