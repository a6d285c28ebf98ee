import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { ClassChip } from './class-chip';
import type { FieldView } from './mapping-model';
import { ApprovalChip } from './status-chip';

function how(field: FieldView): string {
  const m = field.effective;
  if (m.class === 'LOOKUP_TRANSLATION') return `crosswalk ${m.crosswalk ?? '?'}${m.default ? ` · default ${m.default}` : ''}`;
  if (m.expression) return m.expression;
  if (m.default) return `default ${m.default}`;
  return '';
}

const COLUMNS: GridColDef<FieldView>[] = ([
  {
    field: 'name',
    headerName: 'Target field',
    flex: 1,
    minWidth: 150,
    renderCell: ({ row }) => (
      <Box sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center', fontFamily: 'monospace', fontSize: 12 }}>
        {row.name}
        {row.primaryKey && <Chip label="PK" color="primary" sx={{ height: 16, fontSize: 10 }} />}
        {row.foreignKey && <Chip label={`FK → ${row.foreignKey}`} variant="outlined" sx={{ height: 16, fontSize: 10 }} />}
        {row.notNull && !row.primaryKey && <Chip label="NOT NULL" variant="outlined" sx={{ height: 16, fontSize: 10 }} />}
      </Box>
    ),
  },
  { field: 'type', headerName: 'Type', width: 100, renderCell: ({ row }) => <Typography sx={{ fontFamily: 'monospace', fontSize: 12, color: 'text.secondary' }}>{row.type}</Typography> },
  { field: 'class', headerName: 'Class', width: 100, valueGetter: (_v, row) => row.effective.class, renderCell: ({ row }) => <ClassChip value={row.effective.class} /> },
  {
    field: 'source',
    headerName: 'Source',
    flex: 1,
    minWidth: 130,
    valueGetter: (_v, row) => (row.effective.sourceField ? `${row.effective.sourceTable ?? ''}.${row.effective.sourceField}` : ''),
    renderCell: ({ value }) => <Typography sx={{ fontFamily: 'monospace', fontSize: 12 }}>{value || '—'}</Typography>,
  },
  { field: 'how', headerName: 'Expression · crosswalk · default', flex: 1.2, minWidth: 120, valueGetter: (_v, row) => how(row), renderCell: ({ value }) => <Typography sx={{ fontFamily: 'monospace', fontSize: 11, color: 'text.secondary' }} noWrap>{value}</Typography> },
  { field: 'status', headerName: 'Review', width: 86, valueGetter: (_v, row) => row.effective.status, renderCell: ({ row }) => <ApprovalChip status={row.effective.status} approvedBy={row.effective.approvedBy} /> },
] satisfies GridColDef<FieldView>[]).map((column) => ({ ...column, display: 'flex' as const }));

/** Every field of one target table with how it is filled; choosing a row opens it in the editor. */
export function FieldGrid({ fields, selected, onSelect }: { fields: readonly FieldView[]; selected: string | null; onSelect: (field: string) => void }) {
  const rows = useMemo(() => [...fields], [fields]);
  return (
    <Box data-testid="field-grid">
      <DataGrid
        rows={rows}
        columns={COLUMNS}
        getRowId={(row) => row.name}
        density="compact"
        disableColumnMenu
        hideFooter={rows.length <= 100}
        rowSelectionModel={{ type: 'include', ids: new Set(selected ? [selected] : []) }}
        onRowClick={({ row }) => onSelect(row.name)}
        getRowClassName={({ row }) => (row.effective.class === 'UNRESOLVED' ? 'unresolved' : '')}
        // A fixed height keeps the editor below in view; the grid scrolls on its own.
        sx={{ height: Math.min(460, 40 + 37 * rows.length), '& .unresolved': { bgcolor: 'rgba(178,106,0,0.06)' }, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
