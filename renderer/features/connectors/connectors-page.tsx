import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { call } from '../../api/call';
import { getCutoverApi } from '../../api/cutover-api';
import { useAsync } from '../../api/use-async';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useProject } from '../project/project-context';
import { AddSourceDialog, type AddSourceStart } from './add-source-dialog';
import { CatalogBrowser } from './catalog-browser';
import { CatalogSummary } from './catalog-summary';
import { kindForFile } from './kind-for-file';
import { SourceExplorer } from './source-explorer';
import { SourcesTable } from './sources-table';
import { useFileDrop } from './use-file-drop';
import { useSourceTests, useTargetTest } from './use-source-tests';
import { SourceStatus } from './source-status';
import { TargetDialog } from './target-dialog';

/**
 * The project's connections: its sources (tested, explored, previewed with identifying
 * values masked), adding and removing sources, and the target with its catalog. A file
 * dropped anywhere on the page opens "Add source" with its name.
 */
export function ConnectorsPage() {
  const { project, reload: reloadProject } = useProject();
  const data = useAsync(async () => {
    if (!project) return null;
    const [listed, kinds, catalog] = await Promise.all([call('connectors:list', {}), call('connectors:kinds', {}), call('catalog:get', {})]);
    return { ...listed, kinds, catalog };
  }, [project?.path]);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState<AddSourceStart | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [changingTarget, setChangingTarget] = useState(false);
  const targetTest = useTargetTest(data.data ? `${data.data.target.type}:${data.data.target.path}` : null);
  const sourceIds = data.data?.sources.map((s) => s.id) ?? [];
  const tests = useSourceTests(sourceIds);
  const drop = useFileDrop((file) => {
    const kind = kindForFile(file.name, data.data?.kinds ?? []);
    const path = getCutoverApi().pathForFile(file);
    setAdding(path ? { path, dropped: true, kind } : { path: file.name, droppedName: file.name, kind });
  });
  const shownSource = selected && sourceIds.includes(selected) ? selected : (sourceIds[0] ?? null);

  const refresh = () => {
    data.reload();
    reloadProject();
  };
  const remove = async (id: string) => {
    setRemoving(null);
    setActionError(null);
    try {
      await call('connectors:remove', { sourceId: id });
      if (selected === id) setSelected(null);
      refresh();
    } catch (error) {
      setActionError(error);
    }
  };
  const tableCounts = Object.fromEntries((project?.sources ?? []).map((s) => [s.id, s.tables.length]));
  const sourceKinds = (data.data?.kinds ?? []).filter((k) => k.role === 'source');
  const targetKinds = (data.data?.kinds ?? []).filter((k) => k.role === 'target');

  return (
    <Box {...drop.handlers} sx={{ position: 'relative', minHeight: 400 }}>
      {drop.dragging && (
        <Box sx={{ position: 'absolute', inset: 0, zIndex: 2, border: 2, borderStyle: 'dashed', borderColor: 'primary.main', borderRadius: 2, bgcolor: 'rgba(15,107,120,0.06)', display: 'grid', placeItems: 'center', pointerEvents: 'none' }}>
          <Typography variant="h2" color="primary">Drop a file to add it as a source</Typography>
        </Box>
      )}
      <PageHeader
        title="Connectors"
        subtitle="Where the data comes from and where it goes. Identifying values are masked in previews unless you reveal them."
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding({ path: '' })} disabled={!data.data} data-testid="add-source">
            Add source
          </Button>
        }
      />
      {!project ? (
        <Alert severity="info">Open a project on the Dashboard to see and add its sources.</Alert>
      ) : data.error !== undefined && !data.loading ? (
        <ErrorAlert error={data.error} onRetry={data.reload} />
      ) : !data.data ? (
        <LoadingBlock lines={8} label="Loading connectors" />
      ) : (
        <Stack spacing={2}>
          {actionError !== null && <ErrorAlert error={actionError} />}
          <Section title="Sources" testId="sources-section">
            <SourcesTable
              sources={data.data.sources}
              kinds={data.data.kinds}
              tableCounts={tableCounts}
              tests={tests}
              selectedId={shownSource}
              onSelect={setSelected}
              onRemove={setRemoving}
            />
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
              Choose a source to browse its tables. Drop a file on this page, or use Add source, to add another.
            </Typography>
          </Section>
          {shownSource && <SourceExplorer key={shownSource} sourceId={shownSource} />}
          <Section
            title="Target"
            testId="target-section"
            action={
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <SourceStatus test={targetTest} testId="target-status" />
                <Button size="small" variant="outlined" startIcon={<EditOutlined />} onClick={() => setChangingTarget(true)} data-testid="change-target">
                  Change target…
                </Button>
              </Stack>
            }
          >
            <CatalogSummary target={data.data.target} catalog={data.data.catalog} />
          </Section>
          <Section title="Target catalog" testId="catalog-section">
            <CatalogBrowser catalog={data.data.catalog} />
          </Section>
        </Stack>
      )}
      <AddSourceDialog
        start={adding}
        kinds={sourceKinds}
        onClose={() => setAdding(null)}
        onAdded={(source) => {
          setAdding(null);
          setSelected(source.id);
          refresh();
        }}
      />
      {data.data && (
        <TargetDialog
          open={changingTarget}
          current={data.data.target}
          kinds={targetKinds}
          onClose={() => setChangingTarget(false)}
          onSaved={() => {
            setChangingTarget(false);
            refresh();
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove source ${removing ?? ''}?`}
        confirmLabel="Remove"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        The source is taken out of project.yaml; its files are not touched. Mappings that read its tables will show as problems
        until they are changed.
      </ConfirmDialog>
    </Box>
  );
}
