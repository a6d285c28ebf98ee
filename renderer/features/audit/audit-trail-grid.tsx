import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { ChannelOutput } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';

type Entry = ChannelOutput<'audit:entries'>['entries'][number];

const COLUMNS: GridColDef<Entry>[] = [
  { field: 'id', headerName: '#', width: 70 },
  { field: 'at', headerName: 'When', width: 180, valueFormatter: (v: string) => formatTime(v) },
  { field: 'actor', headerName: 'Who', width: 170 },
  { field: 'action', headerName: 'What', width: 170, cellClassName: 'mono' },
  { field: 'subject', headerName: 'Subject', width: 190, cellClassName: 'mono' },
  { field: 'details', headerName: 'Details', flex: 1, minWidth: 220, cellClassName: 'mono', valueFormatter: (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)) },
  { field: 'hash', headerName: 'Hash', width: 130, cellClassName: 'mono', valueFormatter: (v: string | null) => (v ? `${v.slice(0, 12)}…` : '') },
];

/** The audit trail, newest first, page by page from the run store. */
export function AuditTrailGrid({ refresh }: { refresh: number }) {
  const [page, setPage] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [data, setData] = useState<ChannelOutput<'audit:entries'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    call('audit:entries', { offset: page.page * page.pageSize, limit: page.pageSize }).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [page.page, page.pageSize, refresh]);
  if (error !== null) return <ErrorAlert error={error} />;
  return (
    <Box data-testid="audit-trail" data-total={data?.total ?? ''}>
      <DataGrid
        rows={data?.entries ?? []}
        columns={COLUMNS}
        rowCount={data?.total ?? 0}
        loading={!data}
        paginationMode="server"
        paginationModel={page}
        onPaginationModelChange={setPage}
        pageSizeOptions={[25, 50, 100]}
        density="compact"
        disableColumnMenu
        disableRowSelectionOnClick
        sx={{ height: 460, '& .mono': { fontFamily: 'monospace', fontSize: 12 } }}
      />
    </Box>
  );
}
