import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ColumnProfile, TableProfile } from '../../../preload/contract';
import { MaskedMarker } from '../../components/masked-marker';
import { FlagChips } from './flag-chips';
import { formatDistinct, formatLengths, formatNullRate, WITHHELD } from './profile-format';

function Extreme({ value }: { value: string | null }) {
  if (value === null) return <>—</>;
  if (value !== WITHHELD) return <>{value}</>;
  return (
    <Tooltip title="Withheld: the minimum and maximum of an identifying column are never stored">
      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
        withheld
      </Box>
    </Tooltip>
  );
}

function columns(revealed: boolean, minCellCount: number): GridColDef<ColumnProfile>[] {
  return [
    {
      field: 'name',
      headerName: 'Column',
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) => (
        <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          {row.name}
          {row.flags.length > 0 && <MaskedMarker revealed={revealed} />}
        </Box>
      ),
    },
    { field: 'type', headerName: 'Type', width: 92, renderCell: ({ row }) => <Chip label={row.type} variant="outlined" sx={{ height: 20, fontSize: 11 }} /> },
    {
      field: 'nullRate',
      headerName: 'Null %',
      width: 84,
      align: 'right',
      headerAlign: 'right',
      renderCell: ({ row }) =>
        row.nullRate === null ? (
          <Tooltip title={`Fewer than ${minCellCount} empty (or filled) rows: the share would give the count away`}>
            <span>{`< ${minCellCount} rows`}</span>
          </Tooltip>
        ) : (
          formatNullRate(row.nullRate)
        ),
    },
    { field: 'distinct', headerName: 'Distinct', width: 86, align: 'right', headerAlign: 'right', valueFormatter: (_v, row) => formatDistinct(row) },
    { field: 'min', headerName: 'Min', width: 110, renderCell: ({ row }) => <Extreme value={row.min} /> },
    { field: 'max', headerName: 'Max', width: 110, renderCell: ({ row }) => <Extreme value={row.max} /> },
    { field: 'lengthMin', headerName: 'Length', width: 72, align: 'right', headerAlign: 'right', valueFormatter: (_v, row) => formatLengths(row) },
    { field: 'flags', headerName: 'Flags', width: 170, sortable: false, renderCell: ({ row }) => <FlagChips flags={row.flags} /> },
  ];
}

/** Every column of one profiled table; choosing a row shows that column's charts. */
export function ColumnGrid({ table, minCellCount, revealed, selected, onSelect }: {
  table: TableProfile;
  minCellCount: number;
  revealed: boolean;
  selected: string | null;
  onSelect: (column: string) => void;
}) {
  const cols = useMemo(() => columns(revealed, minCellCount), [revealed, minCellCount]);
  return (
    <Box data-testid="column-grid">
      <DataGrid
        rows={table.columns}
        columns={cols}
        getRowId={(row) => row.name}
        density="compact"
        disableColumnMenu
        hideFooter={table.columns.length <= 100}
        rowSelectionModel={{ type: 'include', ids: new Set(selected ? [selected] : []) }}
        onRowClick={({ row }) => onSelect(row.name)}
        sx={{
          height: Math.min(640, 42 + 36 * Math.max(3, table.columns.length)),
          bgcolor: 'background.paper',
          '& .MuiDataGrid-row': { cursor: 'pointer' },
          '& .MuiDataGrid-cell': { fontSize: 12, display: 'flex', alignItems: 'center' },
          '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
        }}
      />
    </Box>
  );
}
