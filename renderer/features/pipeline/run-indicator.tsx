import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Tooltip from '@mui/material/Tooltip';
import { routeHref } from '../../components/use-hash-route';
import { formatCount } from '../../components/format';
import { useRunMonitor } from './run-monitor';
import { isActive } from './run-progress';

/**
 * The app bar's view of the watched run, visible from every page: live percentage while
 * it runs, its final status after. Clicking it opens the Pipeline page.
 */
export function RunIndicator() {
  const { progress } = useRunMonitor();
  if (!progress) return null;
  const href = routeHref('pipeline');
  if (isActive(progress)) {
    const percent = progress.totalRows > 0 ? Math.round((progress.rowsDone / progress.totalRows) * 100) : null;
    return (
      <Tooltip title={`${formatCount(progress.rowsDone)} of ${formatCount(progress.totalRows)} rows`}>
        <Chip
          component="a"
          href={href}
          clickable
          data-testid="appbar-run"
          icon={
            <Box sx={{ display: 'flex', pl: 0.5 }}>
              <CircularProgress size={14} sx={{ color: 'inherit' }} />
            </Box>
          }
          label={percent === null ? 'Run starting…' : `Run in progress · ${percent}%`}
          sx={{ bgcolor: 'rgba(255,255,255,0.16)', color: 'inherit', '& .MuiChip-icon': { color: 'inherit' } }}
        />
      </Tooltip>
    );
  }
  const label = progress.status ? `Last run ${progress.status}` : 'Last run ended';
  return (
    <Chip
      component="a"
      href={href}
      clickable
      data-testid="appbar-run"
      label={label}
      variant="outlined"
      sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.5)' }}
    />
  );
}
