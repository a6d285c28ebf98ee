import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ProfileProblem } from '../../../preload/contract';
import { formatCount } from '../../components/format';

const MAX_SHOWN = 10;

/** The tables a scan could not read, each with its file and line, so they can be fixed and profiled again. */
export function ProfileProblems({ problems }: { problems: readonly ProfileProblem[] }) {
  if (problems.length === 0) return null;
  const many = problems.length === 1 ? '1 table could not be read' : `${problems.length} tables could not be read`;
  return (
    <Alert severity="warning" data-testid="profile-problems" data-count={problems.length}>
      <AlertTitle>{many} and {problems.length === 1 ? 'was' : 'were'} left out</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {problems.slice(0, MAX_SHOWN).map((p) => (
          <li key={`${p.source}.${p.table}`} data-testid={`profile-problem-${p.source}.${p.table}`}>
            <b>
              {p.source}.{p.table}
            </b>{' '}
            <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
              {[p.file, p.line].filter((x) => x !== undefined).join(':')}
            </Typography>{' '}
            — {p.text}
            {p.rowsRead > 0 && ` (after ${formatCount(p.rowsRead)} rows)`}
          </li>
        ))}
        {problems.length > MAX_SHOWN && <li>and {problems.length - MAX_SHOWN} more</li>}
      </Box>
    </Alert>
  );
}
