import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import type { Recommendation } from '../../../preload/contract';

const SEVERITY = { critical: 'error', warning: 'warning', info: 'info' } as const;

/** The simulation's advice, most serious first. */
export function AdviceList({ advice }: { advice: readonly Recommendation[] }) {
  return (
    <Stack spacing={1} data-testid="simulation-advice">
      {advice.map((item, i) => (
        <Alert key={i} severity={SEVERITY[item.level]} variant="outlined">
          <AlertTitle sx={{ fontWeight: 500 }}>{item.title}</AlertTitle>
          {item.detail}
        </Alert>
      ))}
    </Stack>
  );
}
