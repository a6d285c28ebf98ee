import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatCount } from '../../components/format';
import { overallShare, rowsRead, tableShare, type ProfileScan } from './profile-progress';

/** The scan in flight: one bar overall, one per table seen so far, rows read. */
export function ProfileProgressPanel({ scan }: { scan: ProfileScan }) {
  const overall = overallShare(scan) * 100;
  const expected = Math.max(scan.expectedTables, scan.tables.length);
  const current = scan.tables.at(-1);
  return (
    <Box data-testid="profile-progress">
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5, gap: 2 }}>
        <Typography variant="body2" data-testid="profile-rows-done" data-value={rowsRead(scan)}>
          {scan.phase === 'starting'
            ? 'Discovering tables…'
            : `Table ${Math.min(scan.tables.length, expected)} of ${expected} · ${formatCount(rowsRead(scan))} rows read`}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {overall.toFixed(0)}%
        </Typography>
      </Box>
      <LinearProgress
        variant={scan.phase === 'starting' ? 'indeterminate' : 'determinate'}
        value={overall}
        sx={{ height: 8, borderRadius: 4, mb: 1.5 }}
        aria-label="Overall profiling progress"
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 220px) 1fr 140px', columnGap: 2, rowGap: 0.75, alignItems: 'center' }}>
        {scan.tables.map((t, i) => (
          <Box key={`${i}-${t.table}`} sx={{ display: 'contents' }} data-testid={`profile-progress-${t.table}`}>
            <Typography variant="body2" noWrap sx={{ fontFamily: 'monospace', fontSize: 12, fontWeight: t === current && !t.done ? 600 : 400 }}>
              {t.table}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={tableShare(t) * 100}
              color={t.done ? 'success' : 'primary'}
              sx={{ height: 6, borderRadius: 3 }}
              aria-label={`${t.table} progress`}
            />
            <Typography variant="body2" sx={{ color: 'text.secondary', textAlign: 'right' }}>
              {formatCount(t.rowsDone)}
              {t.totalRows !== null && ` / ${formatCount(t.totalRows)}`} rows
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
