import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Preview } from '../../../preload/contract';
import { formatLocator } from '../../components/format';
import { MaskedMarker } from '../../components/masked-marker';

type Row = { id: number; __where: string; __problem: string } & Record<string, unknown>;

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Preview rows in a compact grid: where each row came from, then its values; masked columns are marked. */
export function PreviewGrid({ preview, loading }: { preview: Preview; loading: boolean }) {
  const masked = useMemo(() => new Set(preview.masked), [preview.masked]);
  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      {
        field: '__where',
        headerName: 'Row',
        width: 145,
        cellClassName: 'where',
        sortable: false,
        renderCell: ({ row }) =>
          row.__problem ? (
            <Tooltip title={row.__problem}>
              <Box component="span" sx={{ color: 'warning.main' }}>
                ⚠ {row.__where}
              </Box>
            </Tooltip>
          ) : (
            row.__where
          ),
      },
      ...preview.columns.map(
        (name): GridColDef<Row> => ({
          field: name,
          headerName: name,
          minWidth: 110,
          flex: 1,
          sortable: false,
          valueGetter: (_v, row) => cellText(row[name]),
          cellClassName: masked.has(name) && !preview.revealed ? 'masked' : '',
          renderHeader: () => (
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 500 }} data-masked={masked.has(name)}>
              {name}
              {masked.has(name) && <MaskedMarker revealed={preview.revealed} />}
            </Box>
          ),
        }),
      ),
    ],
    [preview.columns, preview.revealed, masked],
  );
  const rows = useMemo(
    // The file's folder is the source's path, shown above; its name and line are what differ.
    () => preview.rows.map((r, i): Row => ({ id: i, __where: formatLocator({ ...r.locator, file: r.locator.file.split(/[\\/]/).pop() ?? '' }), __problem: r.problem ?? '', ...r.values })),
    [preview.rows],
  );
  return (
    // The grid's root does not take a test id, so a box around it carries one.
    <Box data-testid="preview-grid">
      <DataGrid
        rows={rows}
        columns={columns}
        loading={loading}
        density="compact"
        disableColumnMenu
        disableRowSelectionOnClick
        hideFooterSelectedRowCount
        initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        pageSizeOptions={[100]}
        localeText={{ noRowsLabel: 'This table has no rows' }}
        sx={{
          height: 440,
          bgcolor: 'background.paper',
          '& .where': { fontFamily: 'monospace', fontSize: 11, color: 'text.secondary' },
          '& .masked': { color: 'text.secondary', letterSpacing: 1 },
          '& .MuiDataGrid-cell': { fontSize: 12 },
          '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' },
        }}
      />
    </Box>
  );
}
