import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ChannelOutput } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { formatLocator } from '../../components/format';

/** "Try it": compiles the expression and shows what it gives on the driving table's first rows. */
export function ExpressionTrial({ expression, sourceTable }: { expression: string | null; sourceTable: string | null }) {
  const [trial, setTrial] = useState<ChannelOutput<'mapping:try-expression'> | null>(null);
  const [tried, setTried] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!expression) return;
    setBusy(true);
    setError(null);
    try {
      setTrial(await call('mapping:try-expression', { expression, sourceTable }));
      setTried(expression);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const stale = trial !== null && tried !== expression;
  return (
    <Box data-testid="expression-trial">
      <Button size="small" variant="outlined" onClick={() => void run()} disabled={!expression || busy} data-testid="try-expression">
        {busy ? 'Trying…' : sourceTable ? `Try it on the first rows of ${sourceTable}` : 'Check the expression'}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
      {trial && !stale && (
        <Box sx={{ mt: 1 }}>
          {trial.error ? (
            <Alert severity="error" data-testid="trial-error">
              {trial.error}
            </Alert>
          ) : (
            <Alert severity="success" data-testid="trial-ok">
              The expression compiles{trial.samples.length > 0 ? '; on the first rows it gives:' : '.'}
            </Alert>
          )}
          {trial.samples.length > 0 && (
            <Box component="table" sx={{ mt: 1, fontSize: 12, borderCollapse: 'collapse', '& td': { pr: 2, py: 0.25 } }} data-testid="trial-samples">
              <tbody>
                {trial.samples.map((sample) => (
                  <tr key={formatLocator(sample.locator)}>
                    <td style={{ fontFamily: 'monospace', color: '#55656f' }}>{formatLocator(sample.locator)}</td>
                    <td style={{ fontFamily: 'monospace' }}>{sample.error ? <Typography component="span" sx={{ color: 'error.main', fontSize: 12 }}>{sample.error}</Typography> : String(sample.output ?? '∅ empty')}</td>
                  </tr>
                ))}
              </tbody>
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
}
