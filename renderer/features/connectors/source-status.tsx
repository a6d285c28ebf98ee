import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { SourceTest } from './use-source-tests';

/** A source's test result as a chip, the summary (or the problem) in its tooltip. */
export function SourceStatus({ test, testId }: { test: SourceTest | undefined; testId?: string }) {
  if (!test || test.state === 'testing') return <Chip label="testing…" variant="outlined" data-testid={testId} data-state="testing" />;
  if (test.state === 'error') {
    return (
      <Tooltip title={test.message}>
        <Chip label="error" color="error" variant="outlined" data-testid={testId} data-state="error" />
      </Tooltip>
    );
  }
  const { report } = test;
  const label = !report.ok ? 'failed' : report.problems.length > 0 ? `OK · ${report.problems.length} warning${report.problems.length === 1 ? '' : 's'}` : 'OK';
  const color = !report.ok ? 'error' : report.problems.length > 0 ? 'warning' : 'success';
  return (
    <Tooltip title={report.summary}>
      <Chip label={label} color={color} variant="outlined" data-testid={testId} data-state={report.ok ? 'ok' : 'failed'} />
    </Tooltip>
  );
}
