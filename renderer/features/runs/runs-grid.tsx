import Box from '@mui/material/Box';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { RunSummary } from '../../../preload/contract';
import { formatCount, formatTime } from '../../components/format';
import { StatusChip } from '../../components/status-chip';

const count = (field: 'read' | 'written' | 'rejected' | 'skipped', headerName: string): GridColDef<RunSummary> => ({
  field,
  headerName,
  type: 'number',
  width: 80,
  valueFormatter: (value: number) => formatCount(value),
});

const COLUMNS: GridColDef<RunSummary>[] = [
  { field: 'id', headerName: 'Run', flex: 1, minWidth: 172, cellClassName: 'mono' },
  {
    field: 'status',
    headerName: 'Status',
    width: 104,
    renderCell: ({ row }) => <StatusChip status={row.status} />,
  },
  { field: 'dryRun', headerName: 'Mode', width: 110, valueGetter: (_v, row) => (row.dryRun ? 'dry run' : row.rolledBack ? 'load, rolled back' : 'load') },
  { field: 'startedAt', headerName: 'Started', width: 172, valueFormatter: (value: string) => formatTime(value) },
  { field: 'finishedAt', headerName: 'Finished', width: 172, valueFormatter: (value: string | null) => formatTime(value) },
  count('read', 'Read'),
  count('written', 'Written'),
  count('rejected', 'Rejected'),
  count('skipped', 'Skipped'),
];

/** Every stored run in a compact grid; choosing a row selects that run. */
export function RunsGrid({
  runs,
  loading,
  selectedId,
  onSelect,
}: {
  runs: RunSummary[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (runId: string) => void;
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
      rowSelectionModel={{ type: 'include', ids: new Set(selectedId ? [selectedId] : []) }}
      onRowClick={({ row }) => onSelect(row.id)}
      initialState={{
        sorting: { sortModel: [{ field: 'startedAt', sort: 'desc' }] },
        pagination: { paginationModel: { pageSize: 10 } },
      }}
      pageSizeOptions={[10, 25, 50]}
      sx={{
        bgcolor: 'background.paper',
        '& .mono': { fontFamily: 'monospace', fontSize: 12 }, '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
      }}
    />
    </Box>
  );
}
