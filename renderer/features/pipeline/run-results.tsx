import { useEffect } from 'react';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { Section } from '../../components/section';
import { RunDetailView } from '../runs/run-detail-view';

/**
 * A finished run as the run store recorded it. If the store still says "running" (the
 * event can overtake the final commit), it asks again shortly rather than show a stale status.
 */
export function RunResults({ runId }: { runId: string }) {
  const { data, error, reload } = useAsync(() => call('runs:get', { runId }), [runId]);
  const stillRunning = data?.id === runId && data.status === 'running';

  useEffect(() => {
    if (!stillRunning) return;
    const timer = setTimeout(reload, 750);
    return () => clearTimeout(timer);
  }, [stillRunning, data, reload]);

  if (error !== undefined && error !== null) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.id !== runId) {
    return (
      <Section title="Run">
        <LoadingBlock lines={5} label="Loading run results" />
      </Section>
    );
  }
  return <RunDetailView run={data} />;
}
