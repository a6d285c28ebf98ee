import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { routeHref } from '../../components/use-hash-route';
import { DuplicatesPanel } from '../duplicates/duplicates-panel';
import { downloadText } from '../mapping/mapping-model';
import { useProject } from '../project/project-context';
import { CheckLibraryDialog } from './check-library-dialog';
import { FindingsTable } from './findings-table';
import { IssueBrowser } from './issue-browser';
import { PatientQuality } from './patient-quality';
import { QualitySummary } from './quality-summary';
import { RuleResultsTable } from './rule-results-table';
import { TableScoresChart } from './table-scores-chart';

/**
 * The quality of a run: its mean row score and per-table scores, how each declared rule
 * did, every check that fired (rules and the catalog's own), the issues behind each with
 * their source locators, and the rejected rows as a CSV to hand back to the data owners.
 */
export function QualityPage({ tab }: { tab: 'run' | 'duplicates' }) {
  const { project } = useProject();
  const runs = useAsync(() => (project ? call('runs:list', {}) : Promise.resolve([])), [project?.path]);
  const [runChoice, setRunChoice] = useState<string | null>(null);
  const runId = runChoice ?? runs.data?.[0]?.id ?? null;
  const report = useAsync(() => (runId ? call('quality:report', { runId }) : Promise.resolve(null)), [runId]);
  const [focus, setFocus] = useState<{ table?: string; rule?: string } | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const downloadRejects = async () => {
    if (!runId) return;
    setDownloadError(null);
    try {
      const file = await call('quality:rejects', { runId });
      downloadText(file.fileName, file.content, 'text/csv');
    } catch (error) {
      setDownloadError(error);
    }
  };
  const data = report.data;
  const filter = focus ?? (data?.findings[0] ? { table: data.findings[0].table, rule: data.findings[0].rule } : {});

  return (
    <Box>
      <PageHeader
        title="Quality"
        subtitle="What the checks found in a run: scores, rule results, and every issue traced to its source row."
        actions={
          <>
            <Button startIcon={<MenuBookOutlined />} onClick={() => setLibraryOpen(true)} data-testid="open-check-library">
              Rule library
            </Button>
            <Button variant="contained" startIcon={<FileDownloadOutlined />} onClick={() => void downloadRejects()} disabled={!data || data.totals.rejected === 0} data-testid="download-rejects">
              Rejects as CSV
            </Button>
          </>
        }
      />
      {project && (
        <Tabs
          value={tab}
          onChange={(_e, value: string) => (window.location.hash = value === 'duplicates' ? routeHref('quality', 'duplicates') : routeHref('quality'))}
          sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
        >
          <Tab value="run" label="Run quality" data-testid="tab-run-quality" />
          <Tab value="duplicates" label="Duplicates" data-testid="tab-duplicates" />
        </Tabs>
      )}
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to see the quality of its runs.</Alert>
      ) : tab === 'duplicates' ? (
        <DuplicatesPanel />
      ) : runs.error !== undefined ? (
        <ErrorAlert error={runs.error} onRetry={runs.reload} />
      ) : !runs.data ? (
        <LoadingBlock lines={6} label="Loading runs" />
      ) : runs.data.length === 0 ? (
        <Alert severity="info" data-testid="quality-no-runs">
          No run yet. Run the pipeline (a dry run will do) and its quality shows here: rule by rule, table by table, row by row.
        </Alert>
      ) : (
        <Stack spacing={2}>
          {downloadError !== null && <ErrorAlert error={downloadError} />}
          <TextField
            select
            label="Run"
            value={runId ?? ''}
            onChange={(e) => {
              setRunChoice(e.target.value);
              setFocus(null);
            }}
            sx={{ maxWidth: 420 }}
            slotProps={{ htmlInput: { 'data-testid': 'quality-run' } }}
          >
            {runs.data.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.id} · {formatTime(r.startedAt)} · {r.status}
                {r.dryRun ? ' · dry run' : ''}
              </MenuItem>
            ))}
          </TextField>
          {report.error !== undefined ? (
            <ErrorAlert error={report.error} onRetry={report.reload} />
          ) : !data ? (
            <LoadingBlock lines={6} label="Loading the run's quality" />
          ) : (
            <>
              <Section title="Summary" testId="quality-summary-section">
                <QualitySummary report={data} />
              </Section>
              <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.25fr)', gap: 2 }}>
                <Section title="Score by table" testId="table-scores">
                  <TableScoresChart tables={data.tables} />
                </Section>
                <Section title="Everything that fired" testId="findings-section">
                  <Box sx={{ maxHeight: 300, overflow: 'auto' }}>
                    <FindingsTable findings={data.findings} selected={filter.rule && filter.table ? { table: filter.table, rule: filter.rule } : null} onSelect={setFocus} />
                  </Box>
                </Section>
              </Box>
              {data.patients && (
                <Section title="Quality per patient" testId="patient-quality-section">
                  <PatientQuality runId={data.runId} summary={data.patients} />
                </Section>
              )}
              <Section title="Rules" testId="rules-section">
                <RuleResultsTable rules={data.rules} selected={filter.rule ?? null} onSelect={(ruleId) => setFocus({ rule: ruleId, table: data.rules.find((r) => r.ruleId === ruleId)?.table })} />
              </Section>
              {data.findings.length > 0 && (
                <Section title="Issues" testId="issues-section">
                  <IssueBrowser runId={data.runId} filter={filter} />
                </Section>
              )}
            </>
          )}
        </Stack>
      )}
      <CheckLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
    </Box>
  );
}
