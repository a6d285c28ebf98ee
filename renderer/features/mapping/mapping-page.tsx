import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import AutoFixHighOutlined from '@mui/icons-material/AutoFixHighOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import type { MappingRow } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { shortcutLabel } from '../../components/shortcuts';
import { routeHref } from '../../components/use-hash-route';
import { useShortcut } from '../../components/use-shortcut';
import { CrosswalksPanel } from '../crosswalks/crosswalks-panel';
import { useProject } from '../project/project-context';
import { ContractProblems } from './contract-problems';
import { CoverageSummary } from './coverage-summary';
import { FieldEditor } from './field-editor';
import { FieldGrid } from './field-grid';
import { HistoryDialog } from './history-dialog';
import { ImportDialog } from './import-dialog';
import { downloadText, drivingTableOf, fieldsOf, tablesInOrder } from './mapping-model';
import { confidentChanges, rowFromSuggestion } from './suggestion-model';
import { SuggestionsPanel } from './suggestions-panel';
import { TargetTableList } from './target-table-list';
import { useMapping } from './use-mapping';
import { useSuggestions } from './use-suggestions';

/**
 * The mapping contract, field by field: how far it covers the target catalog, each
 * target table's fields with how they are filled, an editor for one field with review
 * and approval, undo (Ctrl/⌘+Z), history with restore, CSV import and export, and the
 * generated ETL documentation; and, on its second tab, the crosswalks.
 */
export function MappingPage({ tab }: { tab: 'fields' | 'crosswalks' }) {
  const { project } = useProject();
  const mapping = useMapping(project?.path ?? null);
  const [tableChoice, setTableChoice] = useState<string | null>(null);
  const [fieldChoice, setFieldChoice] = useState<string | null>(null);
  const [draftFrom, setDraftFrom] = useState<MappingRow | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  useShortcut('z', () => void mapping.undo(), mapping.undoable > 0 && !mapping.busy);

  const state = mapping.state;
  const order = state ? tablesInOrder(state.catalog) : [];
  const table = tableChoice && order.includes(tableChoice) ? tableChoice : (order.find((t) => state?.coverage.tables.find((c) => c.table === t)?.unresolved) ?? order[0] ?? null);
  const fields = state && table ? fieldsOf(state, table) : [];
  const field = fields.find((f) => f.name === fieldChoice) ?? fields.find((f) => f.effective.class === 'UNRESOLVED') ?? fields[0] ?? null;
  const suggestions = useSuggestions(state ? table : null, state?.sha256 ?? null);
  const confident = table && suggestions.data ? confidentChanges(table, suggestions.data) : [];

  const exportAs = async (format: 'csv' | 'markdown' | 'html') => {
    setExportAnchor(null);
    setExportError(null);
    try {
      const file = await call('mapping:export', { format });
      downloadText(file.fileName, file.content, file.mimeType);
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <Box>
      <PageHeader
        title="Mapping"
        subtitle="How every target field is filled: its class, source, expression or crosswalk, and whether it is approved."
        actions={
          <>
            <Tooltip title={`Undo the last change (${shortcutLabel('Z')})`}>
              <span>
                <Button startIcon={<UndoOutlined />} onClick={() => void mapping.undo()} disabled={mapping.undoable === 0 || mapping.busy} data-testid="undo-mapping">
                  Undo
                </Button>
              </span>
            </Tooltip>
            <Button startIcon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)} disabled={!state} data-testid="open-history">
              History
            </Button>
            <Button startIcon={<FileUploadOutlined />} onClick={() => setImportOpen(true)} disabled={!state} data-testid="open-import">
              Import CSV…
            </Button>
            <Button variant="contained" startIcon={<DescriptionOutlined />} onClick={(e) => setExportAnchor(e.currentTarget)} disabled={!state} data-testid="open-export">
              Export
            </Button>
            <Menu anchorEl={exportAnchor} open={exportAnchor !== null} onClose={() => setExportAnchor(null)}>
              <MenuItem onClick={() => void exportAs('csv')} data-testid="export-csv">
                Contract as CSV (for review in a spreadsheet)
              </MenuItem>
              <MenuItem onClick={() => void exportAs('html')} data-testid="export-html">
                ETL documentation (HTML)
              </MenuItem>
              <MenuItem onClick={() => void exportAs('markdown')} data-testid="export-markdown">
                ETL documentation (Markdown)
              </MenuItem>
            </Menu>
          </>
        }
      />
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to design its mapping.</Alert>
      ) : mapping.loadError !== undefined && !state ? (
        <ErrorAlert error={mapping.loadError} onRetry={mapping.reload} />
      ) : !state ? (
        <LoadingBlock lines={8} label="Loading the contract" />
      ) : (
        <Stack spacing={2}>
          {exportError !== null && <ErrorAlert error={exportError} />}
          <Section title="Coverage" testId="coverage-section">
            <CoverageSummary coverage={state.coverage} />
          </Section>
          <ContractProblems problems={state.problems} unknown={state.coverage.unknownFields} />
          <Tabs value={tab} onChange={(_e, value: string) => (window.location.hash = value === 'crosswalks' ? routeHref('mapping', 'crosswalks') : routeHref('mapping'))} sx={{ borderBottom: 1, borderColor: 'divider' }}>
            <Tab value="fields" label="Fields" data-testid="tab-fields" />
            <Tab value="crosswalks" label={`Crosswalks (${state.crosswalks.length})`} data-testid="tab-crosswalks" />
          </Tabs>
          {tab === 'crosswalks' ? (
            <CrosswalksPanel onChanged={mapping.reload} />
          ) : state.catalog.tables.length === 0 ? (
            <Alert severity="info">The target catalog has no tables yet. Choose a catalog on the Connectors page (Change target…).</Alert>
          ) : (
            <Box sx={{ display: 'grid', gridTemplateColumns: '220px minmax(0, 1fr)', gap: 2, alignItems: 'start' }}>
              <TargetTableList
                coverage={state.coverage}
                order={order}
                selected={table}
                onSelect={(t) => {
                  setTableChoice(t);
                  setFieldChoice(null);
                  setDraftFrom(null);
                }}
              />
              <Stack spacing={2} sx={{ minWidth: 0 }}>
                <Section
                  title={table ?? ''}
                  testId="fields-section"
                  action={
                    confident.length > 0 && (
                      <Tooltip title="For every undecided field whose best suggestion is at least 85% sure; each can be undone">
                        <span>
                          <Button
                            size="small"
                            variant="outlined"
                            startIcon={<AutoFixHighOutlined />}
                            disabled={mapping.busy}
                            onClick={() => void mapping.apply(confident, `applied ${confident.length} confident suggestions to ${table}`)}
                            data-testid="apply-confident"
                          >
                            Apply {confident.length} confident suggestion{confident.length === 1 ? '' : 's'}
                          </Button>
                        </span>
                      </Tooltip>
                    )
                  }
                >
                  <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
                    {drivingTableOf(state, table ?? '') ? (
                      <>
                        Driven from <b style={{ fontFamily: 'monospace' }}>{drivingTableOf(state, table ?? '')}</b>: one target row per source row.
                      </>
                    ) : (
                      'No driving source table yet: map a field from a source table to choose one.'
                    )}
                  </Typography>
                  <FieldGrid
                    fields={fields}
                    selected={field?.name ?? null}
                    onSelect={(name) => {
                      setFieldChoice(name);
                      setDraftFrom(null);
                    }}
                  />
                </Section>
                {field && (
                  <Section title={`Suggestions for ${field.name}`} testId="suggestions-section">
                    <SuggestionsPanel
                      field={field.name}
                      suggestions={suggestions.data}
                      loading={suggestions.loading}
                      error={suggestions.error}
                      onUse={(s) => setDraftFrom(rowFromSuggestion(field.effective, s))}
                    />
                  </Section>
                )}
                {field && (
                  <Section title="Field" testId="editor-section">
                    <FieldEditor
                      key={`${field.targetTable}.${field.name}`}
                      field={field}
                      state={state}
                      drivingTable={drivingTableOf(state, field.targetTable)}
                      busy={mapping.busy}
                      error={mapping.actionError}
                      draftFrom={draftFrom}
                      onSave={(change) => void mapping.apply([change]).then((ok) => ok && setDraftFrom(null))}
                    />
                  </Section>
                )}
              </Stack>
            </Box>
          )}
        </Stack>
      )}
      {state && (
        <>
          <HistoryDialog
            open={historyOpen}
            currentSha={state.sha256}
            onClose={() => setHistoryOpen(false)}
            onRestore={(id) => void mapping.restore(id).then((ok) => ok && setHistoryOpen(false))}
          />
          <ImportDialog
            open={importOpen}
            busy={mapping.busy}
            error={mapping.actionError}
            onClose={() => setImportOpen(false)}
            onImport={(path) => void mapping.importFrom(path).then((ok) => ok && setImportOpen(false))}
          />
        </>
      )}
    </Box>
  );
}
