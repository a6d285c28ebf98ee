import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { ChannelOutput, RunIssue } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount, formatLocator } from '../../components/format';

type Row = RunIssue & { id: number };

const COLUMNS: GridColDef<Row>[] = [
  { field: 'severity', headerName: 'Severity', width: 96, display: 'flex', renderCell: ({ row }) => <Chip label={row.severity} color={row.severity === 'error' ? 'error' : 'warning'} variant="outlined" sx={{ height: 20 }} /> },
  { field: 'rule', headerName: 'Rule', width: 200, cellClassName: 'mono' },
  { field: 'field', headerName: 'Field', width: 140, cellClassName: 'mono' },
  { field: 'message', headerName: 'Why', flex: 1, minWidth: 240 },
  { field: 'locator', headerName: 'Source row', width: 220, cellClassName: 'mono', valueGetter: (_v, row) => formatLocator(row.locator) },
];

/**
 * The issues of one finding, page by page from the run store: where each row is (file
 * and line, or message and segment) and why it failed. Values are never shown; the
 * locator is how the row is found in the source.
 */
export function IssueBrowser({ runId, filter }: { runId: string; filter: { table?: string; rule?: string } }) {
  const [page, setPage] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [data, setData] = useState<ChannelOutput<'quality:issues'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => setPage((p) => ({ ...p, page: 0 })), [runId, filter.table, filter.rule]);
  useEffect(() => {
    let live = true;
    setLoading(true);
    call('quality:issues', { runId, ...filter, offset: page.page * page.pageSize, limit: page.pageSize })
      .then((d) => live && (setData(d), setError(null)), (e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [runId, filter.table, filter.rule, page.page, page.pageSize]);
  if (error !== null) return <ErrorAlert error={error} />;
  const rows: Row[] = (data?.issues ?? []).map((issue, i) => ({ ...issue, id: page.page * page.pageSize + i }));
  return (
    <Box data-testid="issue-browser" data-total={data?.total ?? ''}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {data ? `${formatCount(data.total)} issues` : 'Loading issues…'}
        {filter.rule ? ` for ${filter.rule}` : ''}
        {filter.table ? ` in ${filter.table}` : ''}
      </Typography>
      <DataGrid
        rows={rows}
        columns={COLUMNS}
        rowCount={data?.total ?? 0}
        loading={loading}
        paginationMode="server"
        paginationModel={page}
        onPaginationModelChange={setPage}
        pageSizeOptions={[25, 50, 100]}
        density="compact"
        disableColumnMenu
        disableRowSelectionOnClick
        sx={{ height: 420, '& .mono': { fontFamily: 'monospace', fontSize: 12 } }}
      />
    </Box>
  );
}
