import { useEffect } from 'react';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { AppShell } from './components/app-shell';
import { AREAS } from './components/areas';
import { PageErrorBoundary } from './components/page-error-boundary';
import { useAreaShortcuts } from './components/use-area-shortcuts';
import { useHashRoute } from './components/use-hash-route';
import { RunIndicator } from './features/pipeline/run-indicator';
import { RunMonitorProvider } from './features/pipeline/run-monitor';
import { ProjectProvider, useProject } from './features/project/project-context';
import { PageForRoute } from './page-for-route';
import { theme } from './theme';

function ProjectName() {
  const { project, loading } = useProject();
  if (loading) return <Skeleton variant="text" width={180} sx={{ bgcolor: 'rgba(255,255,255,0.2)' }} />;
  return (
    <Typography variant="body2" noWrap sx={{ opacity: project ? 1 : 0.75 }} title={project?.path}>
      {project ? project.name : 'No project open'}
    </Typography>
  );
}

function Workbench() {
  const [route, navigate] = useHashRoute();
  useAreaShortcuts(navigate);
  const label = AREAS.find((a) => a.id === route.area)?.label ?? 'Dashboard';

  useEffect(() => {
    document.title = `${label} · Cutover Workbench`;
  }, [label]);

  return (
    <AppShell area={route.area} projectName={<ProjectName />} status={<RunIndicator />}>
      <PageErrorBoundary key={route.area} pageName={label}>
        <Box data-testid={`page-${route.area}`}>
          <PageForRoute route={route} onSelectRun={(runId) => navigate('runs', runId)} />
        </Box>
      </PageErrorBoundary>
    </AppShell>
  );
}

/** Run state belongs to one project: opening another starts the monitor (and pages) afresh. */
function ProjectScoped() {
  const { project } = useProject();
  return (
    <RunMonitorProvider key={project?.path ?? ''}>
      <Workbench />
    </RunMonitorProvider>
  );
}

/** The whole renderer: theme, the shared project and run state, and the workbench frame. */
export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ProjectProvider>
        <ProjectScoped />
      </ProjectProvider>
    </ThemeProvider>
  );
}
