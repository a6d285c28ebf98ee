import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import { AREAS, type AreaId } from './areas';
import { shortcutLabel } from './shortcuts';
import { routeHref } from './use-hash-route';

/** Width of the permanent navigation drawer, shared with the layout that sits beside it. */
export const DRAWER_WIDTH = 200;

/** The left navigation: every area in order, the first nine with their shortcut in a tooltip. */
export function NavDrawer({ current }: { current: AreaId }) {
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        // The root stretches with the page, so full-page captures show the drawer's column
        // all the way down even though the paper itself is fixed to the viewport.
        bgcolor: '#fbfcfd',
        borderRight: 1,
        borderColor: 'divider',
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd', borderColor: 'divider' },
      }}
    >
      <Toolbar variant="dense" />
      <nav aria-label="Areas">
        <List dense sx={{ py: 1 }}>
          {AREAS.map((area, index) => {
            const hint = index < 9 ? `${area.label} (${shortcutLabel(String(index + 1))})` : area.label;
            return (
              <Tooltip key={area.id} title={hint} placement="right" enterDelay={600}>
                <ListItemButton
                  component="a"
                  href={routeHref(area.id)}
                  selected={area.id === current}
                  aria-current={area.id === current ? 'page' : undefined}
                  data-testid={`nav-${area.id}`}
                  sx={{ mx: 1, borderRadius: 1, '&.Mui-selected': { bgcolor: 'primary.light', color: 'primary.dark' } }}
                >
                  <ListItemIcon sx={{ minWidth: 34, color: area.id === current ? 'primary.main' : 'text.secondary' }}>
                    {area.icon}
                  </ListItemIcon>
                  <ListItemText primary={area.label} />
                </ListItemButton>
              </Tooltip>
            );
          })}
        </List>
      </nav>
    </Drawer>
  );
}
