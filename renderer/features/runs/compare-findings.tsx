import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ArrowDownwardRounded from '@mui/icons-material/ArrowDownwardRounded';
import ArrowUpwardRounded from '@mui/icons-material/ArrowUpwardRounded';
import RemoveRounded from '@mui/icons-material/RemoveRounded';
import type { ComparisonFinding, RunComparison } from '../../../preload/contract';
import { toneColor } from './compare-model';
import { RunLetterChip } from './run-letter-chip';

/** How many findings show before the user asks for all of them: the weightiest come first. */
const FIRST_FINDINGS = 8;

function ToneIcon({ tone }: { tone: ComparisonFinding['tone'] }) {
  const sx = { fontSize: 18, color: toneColor(tone), flexShrink: 0 };
  if (tone === 'better') return <ArrowUpwardRounded sx={sx} titleAccess="better" />;
  if (tone === 'worse') return <ArrowDownwardRounded sx={sx} titleAccess="worse" />;
  return <RemoveRounded sx={sx} titleAccess="different" />;
}

/** The differences from the baseline in plain English, each marked better, worse or just different. */
export function CompareFindings({ comparison }: { comparison: RunComparison }) {
  const [all, setAll] = useState(false);
  const { findings, runs } = comparison;
  if (findings.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="compare-findings">
        No differences from the baseline in counts, rules, scores or gates.
      </Typography>
    );
  }
  const shown = all ? findings : findings.slice(0, FIRST_FINDINGS);
  return (
    <Box data-testid="compare-findings">
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3, rowGap: 0.75 }}>
        {shown.map((f, i) => (
          <Box component="li" key={i} data-testid="finding" data-tone={f.tone} data-kind={f.kind} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <ToneIcon tone={f.tone} />
            {runs.length > 2 && <RunLetterChip index={runs.findIndex((r) => r.id === f.runId)} />}
            <Typography variant="body2">{f.text}</Typography>
          </Box>
        ))}
      </Box>
      {findings.length > FIRST_FINDINGS && (
        <Button sx={{ mt: 1 }} onClick={() => setAll(!all)} data-testid="toggle-findings">
          {all ? 'Show the first findings only' : `Show all ${findings.length} findings`}
        </Button>
      )}
    </Box>
  );
}
