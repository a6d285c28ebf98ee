import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { Section } from '../../components/section';
import { CrosswalkEditor } from './crosswalk-editor';
import { CrosswalkList } from './crosswalk-list';
import { NewCrosswalkDialog } from './new-crosswalk-dialog';

/** The project's crosswalks: a list, the chosen one's editor with the codes the data holds, and starting new ones. */
export function CrosswalksPanel({ onChanged }: { onChanged: () => void }) {
  const list = useAsync(() => call('crosswalks:list', {}), []);
  const [choice, setChoice] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const names = list.data?.map((c) => c.name) ?? [];
  const shown = choice && names.includes(choice) ? choice : (names[0] ?? null);
  const changed = () => {
    list.reload();
    onChanged();
  };
  if (list.error !== undefined && !list.data) return <ErrorAlert error={list.error} onRetry={list.reload} />;
  if (!list.data) return <LoadingBlock lines={6} label="Loading crosswalks" />;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '220px minmax(0, 1fr)', gap: 2, alignItems: 'start' }} data-testid="crosswalks-panel">
      <Stack spacing={1}>
        <Button variant="outlined" startIcon={<AddOutlined />} onClick={() => setCreating(true)} data-testid="new-crosswalk">
          New crosswalk…
        </Button>
        <CrosswalkList crosswalks={list.data} selected={shown} onSelect={setChoice} />
      </Stack>
      {shown && (
        <Section title="Crosswalk" testId="crosswalk-section">
          <CrosswalkEditor
            key={shown}
            name={shown}
            onSaved={changed}
            onDeleted={() => {
              setChoice(null);
              changed();
            }}
          />
        </Section>
      )}
      <NewCrosswalkDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(view) => {
          setCreating(false);
          setChoice(view.name);
          changed();
        }}
      />
    </Box>
  );
}
