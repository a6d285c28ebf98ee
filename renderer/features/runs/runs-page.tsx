import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { routeHref } from '../../components/use-hash-route';
import { useShortcut } from '../../components/use-shortcut';
import { useRunMonitor } from '../pipeline/run-monitor';
import { useProject } from '../project/project-context';
import { baselineOrder, withBaseline } from './compare-model';
import { canCompare, compareIdsOf, compareItem } from './compare-route';
import { CompareToolbar } from './compare-toolbar';
import { RunDetailView } from './run-detail-view';
import { RunsCompareView } from './runs-compare-view';
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

/**
 * Every run the project's store holds; the selected one (kept in the URL) in full below, or
 * the ticked ones compared side by side (`#/runs/compare~A~B`, so a reload keeps them).
 */
export function RunsPage({ selectedId, onSelect }: { selectedId: string | null; onSelect: (item: string) => void }) {
  const { project } = useProject();
  const { progress } = useRunMonitor();
  const { data, error, loading, reload } = useAsync(
    () => (project ? call('runs:list', {}) : Promise.resolve([])),
    [project?.path, progress?.runId, progress?.phase],
  );
  const compareIds = compareIdsOf(selectedId);
  const compareKey = compareIds?.join('~') ?? '';
  const [ticked, setTicked] = useState<string[]>(compareIds ?? []);
  useEffect(() => {
    if (compareIds) setTicked(compareIds);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids are keyed by their joined string
  }, [compareKey]);
  const runs = data ?? [];
  const compare = () => {
    if (canCompare(ticked.length)) onSelect(compareItem(baselineOrder(ticked, runs)));
  };
  useShortcut('Enter', compare, canCompare(ticked.length));
  const version = `${progress?.runId}:${progress?.phase}`;

  return (
    <>
      <PageHeader
        title="Runs"
        subtitle="Every pipeline run recorded in the project's run store. Select a run to see its counts and issues, or tick two to four to compare them."
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
          <>
            <CompareToolbar runCount={loading && !data ? 2 : runs.length} ticked={ticked.length} onCompare={compare} onClear={() => setTicked([])} />
            <RunsGrid runs={runs} loading={loading} selectedId={compareIds ? null : selectedId} onSelect={onSelect} ticked={ticked} onTick={setTicked} />
          </>
        )}
        {compareIds && compareIds.length >= 2 && (
          <RunsCompareView
            runIds={compareIds}
            version={version}
            onBaseline={(id) => onSelect(compareItem(withBaseline(compareIds, id)))}
            onClose={() => {
              window.location.hash = routeHref('runs');
            }}
          />
        )}
        {compareIds && compareIds.length < 2 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="compare-too-few">
            A comparison needs at least two runs; tick them above and press Compare.
          </Typography>
        )}
        {selectedId && !compareIds && <RunDetailPanel runId={selectedId} version={version} onChanged={reload} />}
      </Stack>
    </>
  );
}
