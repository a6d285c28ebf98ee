import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';

/** Placeholder lines while data loads, shaped like the text that will replace them. */
export function LoadingBlock({ lines = 4, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <Stack spacing={1} aria-busy="true" aria-label={label} data-testid="loading">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} variant="text" width={i === 0 ? '40%' : `${90 - i * 8}%`} />
      ))}
    </Stack>
  );
}
