import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { TableProfile } from '../../../preload/contract';
import { formatCount } from '../../components/format';

/** The key a profiled table is chosen by: tables of two sources may share a name. */
export function tableKey(table: TableProfile): string {
  return `${table.source}.${table.name}`;
}

/** Every profiled table: rows, columns and which columns look identifying. */
export function ProfileTableList({ tables, selected, onSelect }: { tables: readonly TableProfile[]; selected: string | null; onSelect: (key: string) => void }) {
  const sources = new Set(tables.map((t) => t.source));
  return (
    <Table stickyHeader aria-label="Profiled tables" data-testid="profile-tables">
      <TableHead>
        <TableRow>
          <TableCell>Table</TableCell>
          <TableCell align="right">Rows</TableCell>
          <TableCell align="right">Columns</TableCell>
          <TableCell align="right">Identifying columns</TableCell>
          <TableCell sx={{ width: '45%' }}>Flagged</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tables.map((table) => {
          const flagged = table.columns.filter((c) => c.flags.length > 0).length;
          return (
            <TableRow key={tableKey(table)} hover selected={tableKey(table) === selected} onClick={() => onSelect(tableKey(table))} sx={{ cursor: 'pointer' }} data-testid={`profile-table-${table.name}`}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                {sources.size > 1 && (
                  <Typography component="span" sx={{ color: 'text.secondary', fontSize: 11, fontFamily: 'inherit' }}>
                    {table.source}.
                  </Typography>
                )}
                {table.name}
              </TableCell>
              <TableCell align="right">
                {formatCount(table.rows)}
                {table.malformedRows > 0 && (
                  <Tooltip title={`${formatCount(table.malformedRows)} rows had the wrong number of fields`}>
                    <Chip size="small" color="warning" variant="outlined" label={`${formatCount(table.malformedRows)} malformed`} sx={{ ml: 1 }} data-testid={`malformed-${table.name}`} />
                  </Tooltip>
                )}
              </TableCell>
              <TableCell align="right">{table.columns.length}</TableCell>
              <TableCell align="right" sx={{ color: flagged > 0 ? 'warning.main' : 'text.secondary', fontWeight: flagged > 0 ? 600 : 400 }}>
                {flagged}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 11, color: 'text.secondary' }}>
                {table.columns
                  .filter((c) => c.flags.length > 0)
                  .map((c) => c.name)
                  .join(', ')}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
