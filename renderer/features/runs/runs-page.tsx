import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useRunMonitor } from '../pipeline/run-monitor';
import { useProject } from '../project/project-context';
import { RunDetailView } from './run-detail-view';
import { RunsGrid } from './runs-grid';

function RunDetailPanel({ runId, version, onChanged }: { runId: string; version: string; onChanged: () => void }) {
  // `version` changes as a run in flight moves on, so a resumed run's detail follows it.
  const { data, error, reload } = useAsync(() => call('runs:get', { runId }), [runId, version]);
  if (error !== undefined && error !== null) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.id !== runId) {
    return (
      <Section title="Run">
        <LoadingBlock lines={5} label="Loading run" />
      </Section>
    );
  }
  return (
    <RunDetailView
      run={data}
      onChanged={() => {
        reload();
        onChanged();
      }}
    />
  );
}

/** Every run the project's store holds; the selected one (kept in the URL) in full below. */
export function RunsPage({ selectedId, onSelect }: { selectedId: string | null; onSelect: (runId: string) => void }) {
  const { project } = useProject();
  const { progress } = useRunMonitor();
  const { data, error, loading, reload } = useAsync(
    () => (project ? call('runs:list', {}) : Promise.resolve([])),
    [project?.path, progress?.runId, progress?.phase],
  );

  return (
    <>
      <PageHeader
        title="Runs"
        subtitle="Every pipeline run recorded in the project's run store. Select a run to see its counts and issues."
        actions={
          <Button variant="outlined" onClick={reload} disabled={loading}>
            Refresh
          </Button>
        }
      />
      <Stack spacing={2}>
        {error !== undefined && error !== null && <ErrorAlert error={error} onRetry={reload} />}
        {!project ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Open a project on the Dashboard to see its runs.
          </Typography>
        ) : (
          <RunsGrid runs={data ?? []} loading={loading} selectedId={selectedId} onSelect={onSelect} />
        )}
        {selectedId && <RunDetailPanel runId={selectedId} version={`${progress?.runId}:${progress?.phase}`} onChanged={reload} />}
      </Stack>
    </>
  );
}
