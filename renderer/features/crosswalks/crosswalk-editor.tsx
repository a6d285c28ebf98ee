import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import type { CrosswalkRowView, CrosswalkView } from '../../../preload/contract';
import { call } from '../../api/call';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { shortcutLabel } from '../../components/shortcuts';
import { useShortcut } from '../../components/use-shortcut';
import { CodesInData } from './codes-in-data';
import { rowProblems, rowsChanged, withCode, type EditorRow } from './crosswalk-rows-model';

const COLUMNS: GridColDef<EditorRow>[] = [
  { field: 'source', headerName: 'Source code', flex: 1, minWidth: 120, editable: true, cellClassName: 'code' },
  { field: 'target', headerName: 'Target code', flex: 1, minWidth: 120, editable: true, cellClassName: 'code' },
  { field: 'description', headerName: 'Description', flex: 2, minWidth: 200, editable: true },
];

/**
 * Edits one crosswalk as a table: double-click (or Enter) a cell to change it, add and
 * delete rows, then save the whole file (Ctrl/⌘+S), which the engine refuses if a code is
 * twice, a target is missing, or the file changed on disk meanwhile. Beside it, the codes
 * the data actually holds, with guesses for the ones the crosswalk lacks.
 */
export function CrosswalkEditor({ name, onSaved, onDeleted }: { name: string; onSaved: () => void; onDeleted: () => void }) {
  const [saved, setSaved] = useState<CrosswalkView | null>(null);
  const [rows, setRows] = useState<EditorRow[]>([]);
  const [selection, setSelection] = useState<GridRowSelectionModel>({ type: 'include', ids: new Set() });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const nextKey = useRef(0);

  const load = (view: CrosswalkView) => {
    setSaved(view);
    setRows(view.rows.map((r) => ({ ...r, key: nextKey.current++ })));
  };
  useEffect(() => {
    setSaved(null);
    setError(null);
    call('crosswalks:get', { name }).then(load, setError);
  }, [name]);

  const plain = (list: readonly EditorRow[]): CrosswalkRowView[] => list.map(({ source, target, description }) => ({ source, target, description }));
  const changed = saved !== null && rowsChanged(saved.rows, plain(rows));
  const problems = useMemo(() => rowProblems(plain(rows)), [rows]);
  const save = async () => {
    if (!saved || !changed || busy) return;
    setBusy(true);
    setError(null);
    try {
      load(await call('crosswalks:save', { name, rows: plain(rows), expectedSha: saved.sha256 }));
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  useShortcut('s', () => void save(), changed);
  const remove = async () => {
    setDeleting(false);
    if (!saved) return;
    try {
      await call('crosswalks:delete', { name, expectedSha: saved.sha256 });
      onDeleted();
    } catch (caught) {
      setError(caught);
    }
  };

  if (!saved) return error !== null ? <ErrorAlert error={error} /> : <Typography variant="body2">Loading {name}…</Typography>;
  const selectedKeys = selection.ids;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', gap: 2, alignItems: 'start' }} data-testid="crosswalk-editor" data-name={name}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h3" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {saved.label}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, mb: 1, alignItems: 'center' }}>
          <Button size="small" startIcon={<AddOutlined />} onClick={() => setRows((r) => [...r, { key: nextKey.current++, source: '', target: '', description: '' }])} data-testid="add-code-row">
            Add row
          </Button>
          <Button
            size="small"
            startIcon={<DeleteOutlineOutlined />}
            disabled={selectedKeys.size === 0}
            onClick={() => setRows((r) => r.filter((row) => !selectedKeys.has(row.key)))}
            data-testid="delete-code-rows"
          >
            Delete rows
          </Button>
        </Box>
        {saved.problems.length > 0 && !changed && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            As written, the file has {saved.problems.length} problem{saved.problems.length === 1 ? '' : 's'}: {saved.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}. Fix them here and save.
          </Alert>
        )}
        <Box data-testid="crosswalk-rows">
        <DataGrid
          rows={rows}
          columns={COLUMNS}
          getRowId={(row) => row.key}
          density="compact"
          disableColumnMenu
          checkboxSelection
          hideFooter={rows.length <= 100}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          processRowUpdate={(updated) => {
            setRows((list) => list.map((r) => (r.key === updated.key ? updated : r)));
            return updated;
          }}
          sx={{ height: Math.min(480, 60 + 37 * Math.max(rows.length, 3)), '& .code': { fontFamily: 'monospace', fontSize: 12 } }}
        />
        </Box>
        {changed && problems.length > 0 && (
          <Alert severity="warning" sx={{ mt: 1 }} data-testid="crosswalk-problems">
            {problems.slice(0, 4).join('; ')}
            {problems.length > 4 ? `; and ${problems.length - 4} more` : ''}
          </Alert>
        )}
        {error !== null && (
          <Box sx={{ mt: 1 }}>
            <ErrorAlert error={error} />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 1, mt: 1.5 }}>
          <Button variant="contained" onClick={() => void save()} disabled={!changed || busy || problems.length > 0} data-testid="save-crosswalk">
            {busy ? 'Saving…' : `Save (${shortcutLabel('S')})`}
          </Button>
          <Button onClick={() => load(saved)} disabled={!changed || busy}>
            Revert
          </Button>
          <Box sx={{ flex: 1 }} />
          <Button color="error" onClick={() => setDeleting(true)} data-testid="delete-crosswalk">
            Delete crosswalk…
          </Button>
        </Box>
      </Box>
      <CodesInData
        name={name}
        savedSha={saved.sha256}
        onTake={(code, target, description) => setRows((list) => withCode(list, code, target, description, nextKey.current++))}
      />
      <ConfirmDialog open={deleting} title={`Delete crosswalk ${name}?`} confirmLabel="Delete" danger onCancel={() => setDeleting(false)} onConfirm={() => void remove()}>
        The file {saved.label} is removed. A crosswalk the contract still uses cannot be deleted.
      </ConfirmDialog>
    </Box>
  );
}
