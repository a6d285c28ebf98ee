import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import type { Profile } from '../../../preload/contract';
import { formatCount, formatTime } from '../../components/format';
import { Section } from '../../components/section';
import { shortcutLabel } from '../../components/shortcuts';
import { useShortcut } from '../../components/use-shortcut';
import { ProfileProgressPanel } from './profile-progress-panel';
import { isScanning, type ProfileScan } from './profile-progress';

/** What the scan just finished read, from the stored result: progress events are throttled and skip rows. */
function ScanSummary({ profile }: { profile: Profile }) {
  const rows = profile.tables.reduce((n, t) => n + t.rows, 0);
  const tables = profile.tables.length;
  return (
    <Typography variant="body2" sx={{ mt: 1.5, color: profile.problems.length > 0 ? 'warning.main' : 'success.main' }} data-testid="profile-scan-summary" data-value={rows}>
      Profiled {tables} table{tables === 1 ? '' : 's'}, {formatCount(rows)} rows.
      {profile.problems.length > 0 && ` ${profile.problems.length} could not be read.`}
    </Typography>
  );
}

/** Starting and cancelling a scan (Ctrl/⌘+Enter starts one), its progress, and what the shown profile is. */
export function ProfileControls({ scan, shown, disabled, onStart, onCancel }: {
  scan: ProfileScan | null;
  shown: Profile | null | undefined;
  disabled: boolean;
  onStart: () => void;
  onCancel: () => void;
}) {
  const scanning = isScanning(scan);
  const start = () => {
    if (!scanning && !disabled) onStart();
  };
  useShortcut('Enter', start);
  return (
    <Section title="Profile the sources" testId="profile-controls">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: scanning ? 2 : 0 }}>
        <Tooltip title={`Profile every table of every source (${shortcutLabel('Enter')})`}>
          <span>
            <Button variant="contained" size="large" startIcon={<InsightsOutlined />} onClick={start} disabled={scanning || disabled} data-testid="start-profile" sx={{ px: 3 }}>
              Profile sources
            </Button>
          </span>
        </Tooltip>
        <Button variant="outlined" color="error" startIcon={<StopCircleOutlined />} onClick={onCancel} disabled={!scanning || !scan?.profileId} data-testid="cancel-profile">
          Cancel
        </Button>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="profile-shown">
          {shown
            ? `Showing ${shown.id} from ${formatTime(shown.createdAt)} · counts under ${shown.minCellCount} are shown as “< ${shown.minCellCount}”`
            : shown === null
              ? 'No profile yet.'
              : ''}
        </Typography>
      </Box>
      {scan && scanning && <ProfileProgressPanel scan={scan} />}
      {scan?.phase === 'succeeded' && shown?.id === scan.profileId && <ScanSummary profile={shown} />}
      {scan?.phase === 'failed' && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="profile-failure">
          Profiling failed: {scan.failure}
        </Alert>
      )}
      {scan?.phase === 'cancelled' && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          Profiling was cancelled; nothing was stored. The profile shown is the last complete one.
        </Alert>
      )}
      {disabled && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          Open a project on the Dashboard to profile its sources.
        </Typography>
      )}
    </Section>
  );
}
