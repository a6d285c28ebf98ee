import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { AreaId } from './areas';
import { NavDrawer } from './nav-drawer';

/**
 * The frame of every screen: an app bar across the top (product, open project, run
 * status), the navigation drawer, and the page. The document itself scrolls, so long
 * pages print and screenshot in full.
 */
export function AppShell({
  area,
  projectName,
  status,
  children,
}: {
  area: AreaId;
  projectName: ReactNode;
  status: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="subtitle1" component="div" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
            Cutover Workbench
          </Typography>
          <Box sx={{ width: '1px', alignSelf: 'stretch', my: 1.25, bgcolor: 'rgba(255,255,255,0.35)' }} />
          <Box sx={{ flex: 1, minWidth: 0 }} data-testid="appbar-project">
            {projectName}
          </Box>
          {status}
        </Toolbar>
      </AppBar>
      <NavDrawer current={area} />
      <Box component="main" sx={{ flex: 1, minWidth: 0, p: 3, pt: 0 }}>
        <Toolbar variant="dense" />
        <Box sx={{ pt: 3, maxWidth: 1400 }}>{children}</Box>
      </Box>
    </Box>
  );
}
