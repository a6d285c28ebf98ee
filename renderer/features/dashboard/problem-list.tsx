import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { Section } from '../../components/section';

/** The project's problems from `projects:validate`, each pointing at its file and line. */
export function ProblemList({ projectPath }: { projectPath: string }) {
  const { data, error, loading, reload } = useAsync(() => call('projects:validate', {}), [projectPath]);
  const problems = data?.problems ?? [];
  return (
    <Section
      title={data ? `Problems (${problems.length})` : 'Problems'}
      testId="problem-list"
      action={
        <Button onClick={reload} disabled={loading}>
          Check again
        </Button>
      }
    >
      {error !== undefined && error !== null ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : !data ? (
        <LoadingBlock lines={3} label="Checking project" />
      ) : problems.length === 0 ? (
        <Alert severity="success" variant="outlined">
          No problems found in the project files.
        </Alert>
      ) : (
        <List dense disablePadding>
          {problems.map((p, i) => (
            <ListItem key={i} divider disableGutters>
              <ListItemText
                primary={p.message}
                secondary={[p.line ? `${p.file}:${p.line}` : p.file, p.field && `field ${p.field}`].filter(Boolean).join(' · ')}
                slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
