import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { DedupSummaryView } from '../../../preload/contract';
import { formatCount, formatTime } from '../../components/format';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Box sx={{ minWidth: 100 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h2" data-testid={testId} data-value={value}>
        {formatCount(value)}
      </Typography>
    </Box>
  );
}

function Score({ label, value }: { label: string; value: number }) {
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label} {(value * 100).toFixed(1)}%
      </Typography>
      <LinearProgress variant="determinate" value={value * 100} color={value >= 0.95 ? 'success' : value >= 0.8 ? 'warning' : 'error'} sx={{ height: 6, borderRadius: 1 }} />
    </Box>
  );
}

/** A linkage run at a glance, and, when the project has labels, how it did against them. */
export function DedupSummary({ summary }: { summary: DedupSummaryView }) {
  const s = summary.stats;
  const e = summary.evaluation;
  return (
    <Box data-testid="dedup-summary">
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {summary.table} checked {formatTime(summary.at)}: {formatCount(s.candidatePairs)} candidate pairs from {formatCount(s.blocks)} blocks (largest {s.largestBlock}
        {s.truncatedBlocks ? `; ${s.truncatedBlocks} too large and skipped` : ''}), each weighed field by field.
      </Typography>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mb: e ? 2 : 0 }}>
        <Figure label="Records" value={s.records} testId="dedup-records" />
        <Figure label="Matched pairs" value={s.matches} testId="dedup-matches" />
        <Figure label="Awaiting review" value={summary.reviewOpen} testId="dedup-review-open" />
        <Figure label="People found twice or more" value={summary.clusters} testId="dedup-clusters" />
        <Figure label="Duplicate records" value={summary.duplicateRecords} testId="dedup-duplicates" />
      </Box>
      {e && (
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }} data-testid="dedup-evaluation" data-f1={e.f1}>
          <Typography variant="body2">Against the known duplicates:</Typography>
          <Score label="Precision" value={e.precision} />
          <Score label="Recall" value={e.recall} />
          <Score label="F1" value={e.f1} />
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {e.truePositives} found, {e.falsePositives} wrong, {e.falseNegatives} missed · blocking kept {(e.pairsCompleteness * 100).toFixed(1)}% of true pairs
          </Typography>
        </Box>
      )}
    </Box>
  );
}
