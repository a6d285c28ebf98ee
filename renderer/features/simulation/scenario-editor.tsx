import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { SIMULATED_STRATEGIES, type Scenario, type SimulatedStrategy } from '../../../preload/contract';
import { FailureRulesEditor } from './failure-rules-editor';
import { NumberField } from './number-field';
import { STRATEGY_HINTS, STRATEGY_LABELS } from './simulation-format';

/** The scenario's settings as a form: data, run shape, strategies, retries, failures. */
export function ScenarioEditor({ scenario, onChange, onValidity }: { scenario: Scenario; onChange: (scenario: Scenario) => void; onValidity: (key: string, valid: boolean) => void }) {
  const data = (change: Partial<Scenario['data']>) => onChange({ ...scenario, data: { ...scenario.data, ...change } });
  const pipeline = (change: Partial<Scenario['pipeline']>) => onChange({ ...scenario, pipeline: { ...scenario.pipeline, ...change } });
  const retry = (change: Partial<Scenario['retry']>) => onChange({ ...scenario, retry: { ...scenario.retry, ...change } });
  const toggleStrategy = (strategy: SimulatedStrategy, on: boolean) => {
    const next = SIMULATED_STRATEGIES.filter((s) => (s === strategy ? on : scenario.pipeline.strategies.includes(s)));
    if (next.length > 0) pipeline({ strategies: next });
  };
  const field = (key: string) => (valid: boolean) => onValidity(key, valid);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="scenario-editor">
      <Group title="Synthetic source">
        <NumberField label="Patients" value={scenario.data.patients} min={1} max={200_000} onValid={(v) => data({ patients: v })} onValidity={field('patients')} testId="sim-patients" />
        <NumberField label="Seed" value={scenario.seed} min={0} max={2 ** 31 - 1} onValid={(v) => onChange({ ...scenario, seed: v })} onValidity={field('seed')} />
        <NumberField label="Records with a defect (%)" value={Math.round(scenario.data.defectRate * 1000) / 10} min={0} max={100} step={0.5} integer={false} width={180} onValid={(v) => data({ defectRate: v / 100 })} onValidity={field('defects')} />
      </Group>
      <Group title="Run">
        <NumberField label="Batch size" value={scenario.pipeline.batchSize} min={10} max={100_000} onValid={(v) => pipeline({ batchSize: v })} onValidity={field('batch')} testId="sim-batch-size" />
        <NumberField label="Workers" value={scenario.pipeline.workers} min={1} max={32} width={100} onValid={(v) => pipeline({ workers: v })} onValidity={field('workers')} testId="sim-workers" />
        <NumberField label="Checkpoint (s)" value={scenario.pipeline.checkpointSeconds} min={0} max={3600} helperText="staged, per stage" onValid={(v) => pipeline({ checkpointSeconds: v })} onValidity={field('checkpoint')} />
      </Group>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          Strategies compared
        </Typography>
        {SIMULATED_STRATEGIES.map((s) => (
          <Tooltip key={s} title={STRATEGY_HINTS[s]}>
            <FormControlLabel
              control={<Checkbox checked={scenario.pipeline.strategies.includes(s)} onChange={(e) => toggleStrategy(s, e.target.checked)} />}
              label={STRATEGY_LABELS[s]}
            />
          </Tooltip>
        ))}
      </Box>
      <Group title="Retry after a transient failure">
        <NumberField label="Attempts" value={scenario.retry.maxAttempts} min={1} max={20} width={100} onValid={(v) => retry({ maxAttempts: v })} onValidity={field('attempts')} />
        <NumberField label="First wait (s)" value={scenario.retry.baseDelaySeconds} min={0} max={3600} integer={false} onValid={(v) => retry({ baseDelaySeconds: v })} onValidity={field('base')} />
        <NumberField label="Growth" value={scenario.retry.factor} min={1} max={10} step={0.5} integer={false} width={100} onValid={(v) => retry({ factor: v })} onValidity={field('factor')} />
        <NumberField label="Longest wait (s)" value={scenario.retry.maxDelaySeconds} min={0} max={86_400} integer={false} onValid={(v) => retry({ maxDelaySeconds: v })} onValidity={field('max')} />
      </Group>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          Injected failures
        </Typography>
        <FailureRulesEditor rules={scenario.failures} onChange={(failures) => onChange({ ...scenario, failures })} onValidity={onValidity} />
      </Box>
    </Box>
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>{children}</Box>
    </Box>
  );
}
