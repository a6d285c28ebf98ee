import { useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Profile } from '../../../preload/contract';
import { formatLocator } from '../../components/format';
import { RevealToggle } from '../../components/reveal-toggle';
import { Section } from '../../components/section';
import { ColumnDetail } from './column-detail';
import { ColumnGrid } from './column-grid';
import { ProfileProblems } from './profile-problems';
import { ProfileTableList, tableKey } from './profile-table-list';

/**
 * A stored profile: its tables, the chosen table's columns and the chosen column's
 * charts. The first flagged column is chosen by default, since that is what a reviewer
 * checks first.
 */
export function ProfileResults({ profile, revealed, onReveal }: { profile: Profile; revealed: boolean; onReveal: (on: boolean) => void }) {
  const [tableChoice, setTableChoice] = useState<string | null>(null);
  const [columnChoice, setColumnChoice] = useState<string | null>(null);
  const table = profile.tables.find((t) => tableKey(t) === tableChoice) ?? profile.tables.find((t) => t.rows > 0) ?? profile.tables[0];
  const column = table?.columns.find((c) => c.name === columnChoice) ?? table?.columns.find((c) => c.flags.length > 0) ?? table?.columns[0];

  if (!table) {
    return (
      <Section title="Results">
        <ProfileProblems problems={profile.problems} />
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {profile.problems.length > 0 ? 'No table could be profiled.' : 'The profile holds no tables: the sources had none to read.'}
        </Typography>
      </Section>
    );
  }
  return (
    <>
      <ProfileProblems problems={profile.problems} />
      <Section
        title={`Results · ${profile.tables.length} table${profile.tables.length === 1 ? '' : 's'}`}
        testId="profile-results"
        action={<RevealToggle revealed={revealed} onChange={onReveal} />}
      >
        <Box sx={{ maxHeight: 264, overflow: 'auto', mb: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <ProfileTableList
            tables={profile.tables}
            selected={tableKey(table)}
            onSelect={(key) => {
              setTableChoice(key);
              setColumnChoice(null);
            }}
          />
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }} data-testid="profile-table-caption">
          <b>
            {table.source}.{table.name}
          </b>{' '}
          · {table.rows.toLocaleString()} rows
          {table.firstMalformed && (
            <>
              {' '}
              · {table.malformedRows.toLocaleString()} malformed, the first at{' '}
              <span style={{ fontFamily: 'monospace' }}>{formatLocator(table.firstMalformed.locator)}</span> ({table.firstMalformed.problem})
            </>
          )}{' '}
          · choose a column for its charts.
          {table.columns.some((c) => c.flags.length > 0) && !revealed && ' Top values of identifying columns are masked.'}
        </Typography>
        <ColumnGrid table={table} minCellCount={profile.minCellCount} revealed={revealed} selected={column?.name ?? null} onSelect={setColumnChoice} />
      </Section>
      {column && <ColumnDetail column={column} minCellCount={profile.minCellCount} revealed={revealed} />}
    </>
  );
}
