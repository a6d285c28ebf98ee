import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Gauge } from '@mui/x-charts/Gauge';
import type { QualityReport } from '../../../preload/contract';
import { formatCount } from '../../components/format';

function Figure({ label, value, testId, tone }: { label: string; value: number; testId: string; tone?: 'error' | 'warning' }) {
  return (
    <Box sx={{ minWidth: 92 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h2" data-testid={testId} data-value={value} sx={{ color: tone && value > 0 ? `${tone}.main` : undefined }}>
        {formatCount(value)}
      </Typography>
    </Box>
  );
}

/** The run's quality at a glance: its mean row score as a gauge, then rows, rejects, errors and warnings. */
export function QualitySummary({ report }: { report: QualityReport }) {
  const score = report.meanScore === null ? null : Math.floor(report.meanScore * 1000) / 10;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }} data-testid="quality-summary">
      <Box sx={{ textAlign: 'center' }}>
        <Gauge
          width={140}
          height={110}
          value={score ?? 0}
          startAngle={-110}
          endAngle={110}
          text={score === null ? '—' : `${score}%`}
          sx={{ '& .MuiGauge-valueText': { fontSize: 20, fontWeight: 500 } }}
        />
        <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="quality-score" data-value={report.meanScore ?? ''}>
          mean row quality score
        </Typography>
      </Box>
      <Figure label="Rows read" value={report.totals.read} testId="quality-read" />
      <Figure label="Rejected" value={report.totals.rejected} testId="quality-rejected" tone="error" />
      <Figure label="Errors" value={report.totals.errors} testId="quality-errors" tone="error" />
      <Figure label="Warnings" value={report.totals.warnings} testId="quality-warnings" tone="warning" />
      <Figure label="Rows loaded with warnings" value={report.totals.rowsWithWarnings} testId="quality-rows-warned" tone="warning" />
    </Box>
  );
}
