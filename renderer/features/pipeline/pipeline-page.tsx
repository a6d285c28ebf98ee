import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChannelInput } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useProject } from '../project/project-context';
import { newestFirst } from '../runs/run-order';
import { RunEstimate } from '../simulation/run-estimate';
import { RunControls } from './run-controls';
import { useRunMonitor } from './run-monitor';
import { isActive } from './run-progress';
import { RunProgressPanel } from './run-progress-panel';
import { RunResults } from './run-results';
import { useNow } from './use-now';

/**
 * Runs the open project's pipeline: start/cancel, live progress while it runs, then the
 * stored results. With no run watched yet, it shows the latest run the store holds.
 */
export function PipelinePage() {
  const { project } = useProject();
  const { progress, start, cancel } = useRunMonitor();
  const active = isActive(progress);
  const now = useNow(active);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const history = useAsync(() => (project ? call('runs:list', {}) : Promise.resolve([])), [project?.path]);

  const latestStored = history.data ? newestFirst(history.data)[0]?.id : undefined;
  const shownRunId = progress && !active ? progress.runId : progress ? undefined : latestStored;

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
    }
  };
  const onStart = (options: ChannelInput<'runs:start'>) => void act(() => start(options));
  const onCancel = () => void act(cancel);

  return (
    <>
      <PageHeader
        title="Pipeline"
        subtitle={
          project
            ? `Extract → transform → validate → load for ${project.name}, into ${project.target.type} (${project.target.tables.length} tables).`
            : 'Extract → transform → validate → load.'
        }
      />
      <Stack spacing={2}>
        <RunControls running={active} busy={busy} disabled={!project} onStart={onStart} onCancel={onCancel}>
          {project && !active && <RunEstimate refresh={history.data?.length ?? 0} />}
        </RunControls>
        {actionError !== null && <ErrorAlert error={actionError} />}
        {progress?.phase === 'failed' && progress.failure && (
          <Alert severity="error" data-testid="run-failure">
            The run failed: {progress.failure}
          </Alert>
        )}
        {progress && active && <RunProgressPanel progress={progress} now={now} />}
        {shownRunId && <RunResults runId={shownRunId} />}
        {project && !progress && history.data?.length === 0 && (
          <Section title="No runs yet">
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              Start a run to extract, transform, validate and load the project&apos;s tables. A dry run checks everything
              without writing to the target.
            </Typography>
          </Section>
        )}
      </Stack>
    </>
  );
}
