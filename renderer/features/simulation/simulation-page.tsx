import { useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import PlayArrowRounded from '@mui/icons-material/PlayArrowRounded';
import RestartAltRounded from '@mui/icons-material/RestartAltRounded';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import type { Scenario, SimulationResult } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { routeHref } from '../../components/use-hash-route';
import { useShortcut } from '../../components/use-shortcut';
import { useProject } from '../project/project-context';
import { AdviceList } from './advice-list';
import { BatchSizeChart } from './batch-size-chart';
import { Briefing } from './briefing';
import { PlaybackPanel } from './playback-panel';
import { ProgressChart } from './progress-chart';
import { RunEstimate } from './run-estimate';
import { RunLog } from './run-log';
import { SaveScenarioDialog } from './save-scenario-dialog';
import { ScenarioEditor } from './scenario-editor';
import { ScenarioPicker } from './scenario-picker';
import { StrategyCards } from './strategy-cards';
import { TimeBreakdownChart } from './time-breakdown-chart';
import { usePlayback } from './use-playback';

/**
 * Rehearse a migration: pick a workshop scenario (or the project's own), adjust it, and
 * run it. Every strategy meets the same synthetic patients and the same failures on a
 * simulated clock; the result plays back time-compressed, patient by patient, side by
 * side, with where the time went, advice and a batch-size estimate.
 */
export function SimulationPage({ selectedId }: { selectedId: string | null }) {
  const { project } = useProject();
  const packs = useAsync(() => call('simulation:packs', {}), [project?.path]);
  const entries = useMemo(() => packs.data?.packs.flatMap((p) => p.scenarios) ?? [], [packs.data]);
  const entry = entries.find((e) => e.id === selectedId) ?? entries[0] ?? null;
  const [draft, setDraft] = useState<Scenario | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setDraft(entry ? structuredClone(entry.scenario) : null);
    setInvalid(new Set());
    setResult(null);
    setError(null);
  }, [entry]);
  const end = result ? Math.max(...result.strategies.map((s) => s.seconds)) : 0;
  const playback = usePlayback(end, result?.scenario.compression ?? 600);
  const onValidity = (key: string, valid: boolean) =>
    setInvalid((current) => {
      const next = new Set(current);
      if (valid) next.delete(key);
      else next.add(key);
      return next;
    });
  const canRun = draft !== null && invalid.size === 0 && !running;
  const run = async () => {
    if (!canRun) return;
    setRunning(true);
    setError(null);
    try {
      setResult(await call('simulation:run', { scenario: draft }));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };
  useShortcut('Enter', () => void run(), canRun);

  return (
    <Box>
      <PageHeader
        title="Simulation"
        subtitle="Rehearse a migration on synthetic patients: each strategy on a simulated clock, the same failures injected into all, compared side by side."
        actions={
          <>
            <Button startIcon={<SaveOutlined />} disabled={!draft || !project || invalid.size > 0} onClick={() => setSaving(true)}>
              Save as scenario…
            </Button>
            <Button variant="contained" startIcon={<PlayArrowRounded />} disabled={!canRun} onClick={() => void run()} data-testid="simulation-run">
              Run simulation
            </Button>
          </>
        }
      />
      {packs.error ? <ErrorAlert error={packs.error} /> : null}
      {!packs.data && packs.error === undefined && <LoadingBlock lines={6} label="Loading scenarios" />}
      {packs.data && (
        <Box sx={{ display: 'grid', gridTemplateColumns: '300px minmax(0, 1fr)', gap: 2, mb: 2 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Section title="Scenarios">
              <ScenarioPicker packs={packs.data.packs} selected={entry?.id ?? null} onSelect={(id) => (window.location.hash = routeHref('simulation', id))} />
            </Section>
            {draft && <Briefing scenario={draft} />}
          </Box>
          <Section
            title={draft ? `Set-up: ${draft.name}` : 'Set-up'}
            action={
              <Button startIcon={<RestartAltRounded />} disabled={!entry} onClick={() => entry && setDraft(structuredClone(entry.scenario))}>
                Back to the scenario’s
              </Button>
            }
          >
            {draft ? <ScenarioEditor scenario={draft} onChange={setDraft} onValidity={onValidity} /> : <Typography color="text.secondary">No scenarios found.</Typography>}
          </Section>
        </Box>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {running && (
        <Box sx={{ mb: 2 }} data-testid="simulation-running">
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            Generating {formatCount(draft?.data.patients ?? 0)} synthetic patients and simulating {draft?.pipeline.strategies.length} strategies…
          </Typography>
          <LinearProgress />
        </Box>
      )}
      {result && !running && <SimulationResults result={result} playback={playback} />}
      {!result && !running && draft && (
        <Section title="Results">
          <Typography variant="body2" color="text.secondary">
            Press <strong>Run simulation</strong> (Ctrl/⌘+Enter) to rehearse “{draft.name}”. Every strategy meets the same {formatCount(draft.data.patients)} patients and the same failures; the night then plays back here.
          </Typography>
        </Section>
      )}
      {project && (
        <Box sx={{ mt: 2 }}>
          <Section title={`Before a real run of ${project.name}`}>
            <RunEstimate />
          </Section>
        </Box>
      )}
      {saving && draft && (
        <SaveScenarioDialog
          scenario={draft}
          onClose={() => setSaving(false)}
          onSaved={(id) => {
            setSaving(false);
            packs.reload();
            window.location.hash = routeHref('simulation', id);
          }}
        />
      )}
    </Box>
  );
}

function SimulationResults({ result, playback }: { result: SimulationResult; playback: ReturnType<typeof usePlayback> }) {
  const w = result.workload;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="simulation-results">
      <Section title="Strategies side by side">
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
          {formatCount(w.patients)} patients, {formatCount(w.records)} records in {w.tables.reduce((n, t) => n + t.batches, 0)} batches of {formatCount(result.scenario.pipeline.batchSize)}; simulated in {(result.millis / 1000).toFixed(1)} s.
        </Typography>
        <StrategyCards runs={result.strategies} best={result.best} />
      </Section>
      <PlaybackPanel runs={result.strategies} playback={playback} />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 2 }}>
        <Section title="Records loaded over the night">
          <ProgressChart runs={result.strategies} t={playback.t} />
        </Section>
        <Section title="Where the time went">
          <TimeBreakdownChart runs={result.strategies} />
        </Section>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 2 }}>
        <Section title="Advice">
          <AdviceList advice={result.recommendations} />
        </Section>
        <Section title="Batch size estimate">
          <BatchSizeChart sizes={result.batchSizes} />
        </Section>
      </Box>
      <Section title="Run log">
        <RunLog runs={result.strategies} t={playback.t} />
      </Section>
    </Box>
  );
}
