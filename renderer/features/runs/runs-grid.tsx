import Box from '@mui/material/Box';
import {
  DataGrid,
  GRID_CHECKBOX_SELECTION_COL_DEF,
  GRID_CHECKBOX_SELECTION_FIELD,
  type GridColDef,
  type GridRowSelectionModel,
} from '@mui/x-data-grid';
import type { RunSummary } from '../../../preload/contract';
import { COMPARE_MAX_RUNS } from '../../../preload/contract/compare-schemas';
import { formatCount, formatSeconds, formatTime } from '../../components/format';
import { StatusChip } from '../../components/status-chip';

const count = (field: 'read' | 'written' | 'rejected' | 'skipped', headerName: string): GridColDef<RunSummary> => ({
  field,
  headerName,
  type: 'number',
  width: 80,
  valueFormatter: (value: number) => formatCount(value),
});

function durationSeconds(run: RunSummary): number | null {
  if (!run.finishedAt) return null;
  const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

const COLUMNS: GridColDef<RunSummary>[] = [
  // No "tick all": a comparison holds at most four runs.
  { ...GRID_CHECKBOX_SELECTION_COL_DEF, headerName: 'Compare', renderHeader: () => null } as GridColDef<RunSummary>,
  { field: 'id', headerName: 'Run', flex: 1, minWidth: 172, cellClassName: 'mono' },
  {
    field: 'status',
    headerName: 'Status',
    width: 104,
    renderCell: ({ row }) => <StatusChip status={row.status} />,
  },
  { field: 'dryRun', headerName: 'Mode', width: 110, valueGetter: (_v, row) => (row.dryRun ? 'dry run' : row.rolledBack ? 'load, rolled back' : 'load') },
  { field: 'startedAt', headerName: 'Started', width: 172, valueFormatter: (value: string) => formatTime(value) },
  // Duration rather than the finish time: it is what runs are compared by, and it leaves room for the tick column.
  { field: 'finishedAt', headerName: 'Duration', width: 84, type: 'number', valueGetter: (_v, row) => durationSeconds(row), valueFormatter: (value: number | null) => (value === null ? '—' : formatSeconds(value)) },
  count('read', 'Read'),
  count('written', 'Written'),
  count('rejected', 'Rejected'),
  count('skipped', 'Skipped'),
];

/** The ids a selection model holds, whichever way round it is kept. */
function tickedIds(model: GridRowSelectionModel, runs: readonly RunSummary[]): string[] {
  const ids = [...model.ids].map(String);
  return model.type === 'include' ? ids : runs.map((r) => r.id).filter((id) => !ids.includes(id));
}

/**
 * Every stored run in a compact grid. Choosing a row shows that run; its checkbox (mouse,
 * or Space on the focused box) ticks it for comparison, up to four.
 */
export function RunsGrid({
  runs,
  loading,
  selectedId,
  onSelect,
  ticked,
  onTick,
}: {
  runs: RunSummary[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (runId: string) => void;
  ticked: readonly string[];
  onTick: (runIds: string[]) => void;
}) {
  return (
    <Box data-testid="runs-grid">
      <DataGrid
        rows={runs}
        columns={COLUMNS}
        loading={loading}
        density="compact"
        autoHeight
        disableColumnMenu
        hideFooterSelectedRowCount
        checkboxSelection
        disableRowSelectionOnClick
        keepNonExistentRowsSelected
        rowSelectionModel={{ type: 'include', ids: new Set(ticked) }}
        onRowSelectionModelChange={(model) => {
          const ids = tickedIds(model, runs);
          if (ids.length <= COMPARE_MAX_RUNS) onTick(ids);
        }}
        isRowSelectable={({ id }) => ticked.includes(String(id)) || ticked.length < COMPARE_MAX_RUNS}
        getRowClassName={({ id }) => (id === selectedId ? 'shown-run' : '')}
        onRowClick={({ row }, event) => {
          // Ticking a run for comparison is not choosing it.
          if ((event.target as HTMLElement).closest(`[data-field="${GRID_CHECKBOX_SELECTION_FIELD}"]`)) return;
          onSelect(row.id);
        }}
        initialState={{
          sorting: { sortModel: [{ field: 'startedAt', sort: 'desc' }] },
          pagination: { paginationModel: { pageSize: 10 } },
        }}
        pageSizeOptions={[10, 25, 50]}
        sx={{
          bgcolor: 'background.paper',
          '& .mono': { fontFamily: 'monospace', fontSize: 12 },
          '& .MuiDataGrid-row': { cursor: 'pointer' },
          '& .shown-run, & .shown-run:hover': { bgcolor: 'primary.light' },
          '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
          '& .MuiDataGrid-cellCheckbox:focus-within': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      />
    </Box>
  );
}
