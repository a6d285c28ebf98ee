import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { RevealToggle } from '../../components/reveal-toggle';
import { Section } from '../../components/section';
import { PreviewGrid } from './preview-grid';
import { SourceTables } from './source-tables';
import { useRevealByDefault } from '../settings/use-reveal-by-default';

const PREVIEW_ROWS = 100;

/**
 * One source opened up: its tables, and the first rows of the chosen one with identifying
 * values masked (unless the project's privacy settings say otherwise). Revealing them
 * lasts only while this table is shown.
 */
export function SourceExplorer({ sourceId }: { sourceId: string }) {
  const tables = useAsync(() => call('connectors:discover', { sourceId }), [sourceId]);
  const [table, setTable] = useState<string | null>(null);
  // The user's choice, keyed by the table shown, so choosing another table goes back to
  // the project's setting (masked unless privacy.maskPreviews is false) without a request
  // for the new table's values ever going out revealed; cleared on every choice, so coming
  // back to a table shows it as the setting says too.
  const revealByDefault = useRevealByDefault();
  const [choice, setChoice] = useState<{ view: string; reveal: boolean } | null>(null);
  const view = `${sourceId}\n${table ?? ''}`;
  const reveal = table !== null && (choice?.view === view ? choice.reveal : revealByDefault === true);
  useEffect(() => {
    const first = tables.data?.find((t) => !t.problem)?.name ?? null;
    setTable((current) => (current && tables.data?.some((t) => t.name === current) ? current : first));
  }, [tables.data]);
  const preview = useAsync(
    () => (table ? call('connectors:preview', { sourceId, table, limit: PREVIEW_ROWS, reveal }) : Promise.resolve(null)),
    [sourceId, table, reveal],
  );
  const shown = preview.data && preview.data.table === table ? preview.data : null;

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '340px minmax(0, 1fr)', gap: 2, alignItems: 'start' }}>
      <Section title={`Tables of ${sourceId}`} testId="source-explorer">
        {tables.error !== undefined && !tables.loading ? (
          <ErrorAlert error={tables.error} onRetry={tables.reload} />
        ) : tables.data ? (
          <SourceTables
            tables={tables.data}
            selected={table}
            onSelect={(name) => {
              setTable(name);
              setChoice(null);
            }}
          />
        ) : (
          <LoadingBlock lines={4} label="Discovering tables" />
        )}
      </Section>
      <Section
        title={table ? `Preview · ${table}` : 'Preview'}
        testId="preview-section"
        action={<RevealToggle revealed={reveal} onChange={(on) => setChoice({ view, reveal: on })} disabled={!table} />}
      >
        {preview.error !== undefined && !preview.loading ? (
          <ErrorAlert error={preview.error} onRetry={preview.reload} />
        ) : shown ? (
          <>
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }} data-testid="preview-caption">
              First {shown.rows.length} rows.{' '}
              {shown.masked.length === 0
                ? 'No column looks identifying.'
                : `${shown.masked.length} column${shown.masked.length === 1 ? ' looks' : 's look'} identifying and ${
                    shown.revealed ? 'are shown for this view only' : 'are masked; their shape is kept'
                  }.`}
            </Typography>
            <PreviewGrid preview={shown} loading={preview.loading} />
          </>
        ) : table ? (
          <LoadingBlock lines={6} label="Loading preview" />
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Choose a table to preview its first rows.
          </Typography>
        )}
      </Section>
    </Box>
  );
}
