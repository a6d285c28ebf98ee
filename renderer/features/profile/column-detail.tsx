import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ColumnProfile } from '../../../preload/contract';
import { Section } from '../../components/section';
import { CountBarChart } from './count-bar-chart';
import { FlagChips } from './flag-chips';
import { formatDistinct, formatLengths } from './profile-format';
import { NullShare } from './null-share';
import { QuartileBox } from './quartile-box';

const DIRECT = new Set(['nhs_number', 'local_identifier', 'email', 'phone', 'address']);

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Note({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {children}
    </Typography>
  );
}

function topNote(column: ColumnProfile, k: number): string {
  if (column.flags.some((f) => DIRECT.has(f))) return 'Never listed: each value of this column points at one person, however often it repeats.';
  return `No value appears at least ${k} times, so none is listed.`;
}

/** One column in charts: top values, patterns, the filled share and, for numbers, quartiles. */
export function ColumnDetail({ column, minCellCount: k, revealed }: { column: ColumnProfile; minCellCount: number; revealed: boolean }) {
  const masked = column.flags.length > 0 && !revealed;
  // Masked values can look alike (•••••), so their bars are told apart by rank.
  const top = column.top.filter((t) => t.count !== null).map((t, i) => ({ label: masked ? `#${i + 1} ${t.value}` : t.value, count: t.count! }));
  const patterns = column.patterns.filter((p) => p.count !== null).map((p) => ({ label: p.pattern, count: p.count! }));
  const smallPatterns = column.patterns.filter((p) => p.count === null);
  return (
    <Section
      title={`Column · ${column.name}`}
      testId="column-detail"
      action={
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Chip label={column.type} variant="outlined" />
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {formatDistinct(column)} distinct · length {formatLengths(column)}
          </Typography>
          <FlagChips flags={column.flags} />
        </Box>
      }
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: 3 }}>
        <Panel title={masked ? 'Top values (masked)' : 'Top values'}>
          {top.length > 0 ? <CountBarChart bars={top} color="#0f6b78" seriesLabel="rows" testId="top-values-chart" /> : <Note>{topNote(column, k)}</Note>}
        </Panel>
        <Panel title="Patterns">
          {patterns.length > 0 && <CountBarChart bars={patterns} color="#4a5b7a" seriesLabel="rows" testId="patterns-chart" />}
          {smallPatterns.length > 0 && (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
              {smallPatterns.map((p) => (
                <Chip key={p.pattern} variant="outlined" label={`${p.pattern} · < ${k}`} sx={{ fontFamily: 'monospace', fontSize: 11 }} />
              ))}
            </Box>
          )}
          {column.patterns.length === 0 && <Note>The column is empty.</Note>}
        </Panel>
        <Panel title="Filled">
          <NullShare nullRate={column.nullRate} minCellCount={k} />
          {column.quartiles && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="h3" sx={{ mb: 0.5 }}>
                Distribution
              </Typography>
              <QuartileBox quartiles={column.quartiles} min={column.min} max={column.max} />
            </Box>
          )}
        </Panel>
      </Box>
    </Section>
  );
}
