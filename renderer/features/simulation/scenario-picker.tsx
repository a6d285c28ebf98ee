import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Alert from '@mui/material/Alert';
import type { ScenarioPack } from '../../../preload/contract';
import { formatProblem } from '../../components/format';

/** The scenario packs as a list grouped by pack: a trainer picks the next exercise. */
export function ScenarioPicker({ packs, selected, onSelect }: { packs: readonly ScenarioPack[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <Box>
      <List dense disablePadding sx={{ maxHeight: 420, overflow: 'auto' }} aria-label="Scenarios" data-testid="scenario-list">
        {packs.map((pack) => (
          <li key={pack.id}>
            <ul style={{ padding: 0 }}>
              <ListSubheader sx={{ lineHeight: '32px', display: 'flex', alignItems: 'center', gap: 1 }}>
                <Box sx={{ flex: 1 }}>{pack.title}</Box>
                {pack.minutes && <Chip label={`${pack.minutes} min`} variant="outlined" />}
                {!pack.builtIn && <Chip label="project" color="primary" variant="outlined" />}
              </ListSubheader>
              {pack.scenarios.map((entry) => (
                <ListItemButton key={entry.id} selected={entry.id === selected} onClick={() => onSelect(entry.id)} data-testid={`scenario-${entry.id}`}>
                  <ListItemText primary={entry.scenario.name} secondary={entry.scenario.description} slotProps={{ secondary: { sx: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } } }} />
                </ListItemButton>
              ))}
              {pack.problems.map((problem, i) => (
                <Alert key={i} severity="warning" sx={{ mx: 1, my: 0.5 }}>
                  {formatProblem(problem)}
                </Alert>
              ))}
            </ul>
          </li>
        ))}
      </List>
    </Box>
  );
}
