import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { Section } from '../../components/section';
import { CompareCountsChart } from './compare-counts-chart';
import { CompareCountsTable } from './compare-counts-table';
import { CompareFindings } from './compare-findings';
import { CompareQuality } from './compare-quality';
import { CompareRulesTable } from './compare-rules-table';
import { CompareRunsTable } from './compare-runs-table';
import { CompareStagesTable } from './compare-stages-table';

/**
 * Two to four runs side by side, the first as the baseline: what changed in words, then
 * the runs, counts per table (numbers and bars), throughput per stage, quality scores and
 * gates, and issues per rule. Counts and rule ids only: no row values reach this view.
 */
export function RunsCompareView({
  runIds,
  version,
  onBaseline,
  onClose,
}: {
  runIds: readonly string[];
  version: string;
  onBaseline: (runId: string) => void;
  onClose: () => void;
}) {
  const key = runIds.join('~');
  const { data, error, reload } = useAsync(() => call('runs:compare', { runIds: [...runIds] }), [key, version]);
  const close = (
    <Button onClick={onClose} data-testid="close-compare">
      Close comparison
    </Button>
  );
  if (error !== undefined && error !== null) {
    return (
      <Section title="Comparison" action={close} testId="compare-view">
        <ErrorAlert error={error} onRetry={reload} />
      </Section>
    );
  }
  if (!data || data.runs.map((r) => r.id).join('~') !== key) {
    return (
      <Section title="Comparison" action={close}>
        <LoadingBlock lines={6} label="Comparing runs" />
      </Section>
    );
  }
  return (
    <Stack spacing={2} data-testid="compare-view">
      <Section title="What changed against the baseline" action={close}>
        <CompareFindings comparison={data} />
      </Section>
      <Section title="Runs compared">
        <CompareRunsTable runs={data.runs} onBaseline={onBaseline} />
      </Section>
      <Section title="Counts per target table">
        <CompareCountsTable runs={data.runs} tables={data.tables} />
      </Section>
      <Section title="Written and rejected per table">
        <CompareCountsChart runs={data.runs} tables={data.tables} />
      </Section>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <Section title="Throughput per stage">
          <CompareStagesTable runs={data.runs} stages={data.stages} />
        </Section>
        <Section title="Quality score and gates">
          <CompareQuality runs={data.runs} tables={data.tables} gates={data.gates} />
        </Section>
      </Box>
      <Section title="Issues per rule">
        <CompareRulesTable runs={data.runs} rules={data.rules} />
      </Section>
    </Stack>
  );
}
