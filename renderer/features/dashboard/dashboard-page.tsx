import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useRunMonitor } from '../pipeline/run-monitor';
import { useProject } from '../project/project-context';
import { OpenProjectPanel } from './open-project-panel';
import { ProblemList } from './problem-list';
import { ProjectOverview } from './project-overview';
import { RecentRuns } from './recent-runs';

/** The home page: the open project, its problems and its recent runs, or how to open one. */
export function DashboardPage() {
  const { project, loading, error, reload } = useProject();
  const { progress } = useRunMonitor();

  if (loading) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <LoadingBlock lines={6} label="Loading project" />
      </>
    );
  }
  if (error) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <ErrorAlert error={error} onRetry={reload} />
      </>
    );
  }
  if (!project) {
    return (
      <>
        <PageHeader title="Dashboard" subtitle="Open a migration project to begin." />
        <OpenProjectPanel />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={project.name}
        subtitle={
          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }} data-testid="project-path">
            {project.path}
          </Typography>
        }
        actions={
          <Button variant="outlined" onClick={reload}>
            Refresh
          </Button>
        }
      />
      <Stack spacing={2}>
        <ProjectOverview project={project} />
        <ProblemList projectPath={project.path} />
        <RecentRuns projectPath={project.path} refreshKey={`${progress?.runId}:${progress?.phase}`} />
      </Stack>
    </>
  );
}
