import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { TestReport } from '../../../preload/contract';
import { formatLocator } from '../../components/format';

const MAX_PROBLEMS = 8;

/**
 * What a connector test found: the verdict, what was detected and each problem with its
 * file and line. A source is judged readable, a target writable.
 */
export function TestReportView({ report, role = 'source' }: { report: TestReport; role?: 'source' | 'target' }) {
  const verdict = role === 'source' ? (report.ok ? 'Readable: ' : 'Not readable: ') : report.ok ? 'Writable: ' : 'Not writable: ';
  // A lone problem that only repeats the summary adds nothing but noise.
  const problems = report.problems.length === 1 && report.problems[0]!.text === report.summary ? [] : report.problems;
  const severity = !report.ok ? 'error' : report.problems.length > 0 ? 'warning' : 'success';
  return (
    <Alert severity={severity} data-testid="test-report" data-ok={report.ok} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="test-summary">
        {verdict}
        {report.summary}
      </Typography>
      {report.detected && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
          {Object.entries(report.detected).map(([key, value]) => (
            <Chip key={key} variant="outlined" label={`${key}: ${String(value)}`} data-testid={`detected-${key}`} />
          ))}
        </Box>
      )}
      {problems.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {problems.slice(0, MAX_PROBLEMS).map((p, i) => (
            <li key={i}>
              <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                {formatLocator(p)}
              </Typography>{' '}
              — {p.text}
            </li>
          ))}
          {problems.length > MAX_PROBLEMS && <li>and {problems.length - MAX_PROBLEMS} more</li>}
        </Box>
      )}
    </Alert>
  );
}
