import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { MappingState } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { CLASS_COLORS, CLASS_LABELS } from './class-chip';

function Figure({ label, value, testId, warn }: { label: string; value: number; testId: string; warn?: boolean }) {
  return (
    <Box sx={{ minWidth: 92 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h2" data-testid={testId} data-value={value} sx={{ color: warn && value > 0 ? 'warning.main' : undefined }}>
        {formatCount(value)}
      </Typography>
    </Box>
  );
}

/** The contract at a glance: how many target fields are decided, open, blocking and approved, and a bar of the classes. */
export function CoverageSummary({ coverage }: { coverage: MappingState['coverage'] }) {
  const { totals } = coverage;
  const share = totals.fields === 0 ? 0 : Math.round((100 * totals.decided) / totals.fields);
  const classes = Object.entries(totals.byClass).filter(([, n]) => n > 0) as [keyof typeof CLASS_COLORS, number][];
  return (
    <Box data-testid="coverage-summary">
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mb: 1.5 }}>
        <Figure label="Target fields" value={totals.fields} testId="coverage-fields" />
        <Figure label={`Decided (${share}%)`} value={totals.decided} testId="coverage-decided" />
        <Figure label="Unresolved" value={totals.unresolved} testId="coverage-unresolved" warn />
        <Figure label="Blocking a load" value={totals.requiredUnresolved} testId="coverage-blocking" warn />
        <Figure label="Approved" value={totals.approved} testId="coverage-approved" />
      </Box>
      <Box sx={{ display: 'flex', height: 14, borderRadius: 1, overflow: 'hidden', border: 1, borderColor: 'divider' }} role="img" aria-label="Target fields by mapping class">
        {classes.map(([cls, n]) => (
          <Box key={cls} title={`${CLASS_LABELS[cls]}: ${n}`} sx={{ width: `${(100 * n) / totals.fields}%`, bgcolor: CLASS_COLORS[cls] }} />
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 0.75 }}>
        {classes.map(([cls, n]) => (
          <Box key={cls} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Box sx={{ width: 10, height: 10, borderRadius: 0.5, bgcolor: CLASS_COLORS[cls] }} />
            <Typography variant="caption">
              {CLASS_LABELS[cls]} {formatCount(n)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
