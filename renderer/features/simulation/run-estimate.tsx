import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount, formatSeconds } from '../../components/format';

/**
 * Before a real run: the rows the open project will read, how long that should take at
 * the throughput of its newest finished run, and a batch size to consider.
 */
export function RunEstimate({ refresh = 0 }: { refresh?: number }) {
  const estimate = useAsync(() => call('simulation:estimate', {}), [refresh]);
  if (estimate.error) return <ErrorAlert error={estimate.error} />;
  const e = estimate.data;
  if (!e) return null;
  return (
    <Box data-testid="run-estimate">
      <Typography variant="body2">
        <strong>{formatCount(e.rows)}</strong> rows in {e.tables.length} table{e.tables.length === 1 ? '' : 's'}, {formatCount(e.batches)} batches of {formatCount(e.batchSize)}
        {e.seconds !== null && (
          <>
            {' '}· about <strong>{formatSeconds(e.seconds)}</strong>
          </>
        )}
        {e.suggestedBatchSize !== null && e.suggestedBatchSize !== e.batchSize && <> · batches of {formatCount(e.suggestedBatchSize)} would commit about a second’s work each</>}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {e.note}
      </Typography>
      {e.basis === 'none' && e.rows === 0 && <Alert severity="info">The sources report no rows yet.</Alert>}
    </Box>
  );
}
