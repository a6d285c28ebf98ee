import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError, isApiError } from '../api/api-error';

/** Shows a failed load or action in words, with the engine's error code and a retry if given. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      {describeError(error)}
      {isApiError(error) && ` (${error.code})`}
    </Alert>
  );
}
