import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { DiscoveredTableView } from '../../../preload/contract';
import { formatCount, formatLocator } from '../../components/format';

/**
 * The tables a source holds, as discovery found them; a table that cannot be read shows its
 * problem. The kind is named only when it is not a plain file, to keep the list narrow.
 */
export function SourceTables({ tables, selected, onSelect }: {
  tables: readonly DiscoveredTableView[];
  selected: string | null;
  onSelect: (table: string) => void;
}) {
  if (tables.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No tables found. Check the path points at the files of this kind.
      </Typography>
    );
  }
  return (
    <Table aria-label="Source tables" data-testid="source-tables">
      <TableHead>
        <TableRow>
          <TableCell>Table</TableCell>
          <TableCell align="right">Cols</TableCell>
          <TableCell align="right">Rows</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tables.map((table) => (
          <TableRow
            key={table.name}
            hover
            selected={table.name === selected}
            onClick={() => !table.problem && onSelect(table.name)}
            sx={{ cursor: table.problem ? 'default' : 'pointer' }}
            data-testid={`table-row-${table.name}`}
          >
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 170, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={table.name}>
              {table.parent ? `↳ ${table.name}` : table.name}
              {table.kind !== 'file' && (
                <Typography component="span" sx={{ color: 'text.secondary', fontSize: 11, ml: 0.75 }}>
                  {table.kind}
                </Typography>
              )}
              {table.problem && (
                <Tooltip title={`${formatLocator(table.problem)} — ${table.problem.text}`}>
                  <Chip label="unreadable" color="error" variant="outlined" sx={{ ml: 1 }} data-testid="table-problem" />
                </Tooltip>
              )}
            </TableCell>
            <TableCell align="right">{formatCount(table.columns.length)}</TableCell>
            <TableCell align="right">{table.rowEstimate === null ? '—' : formatCount(table.rowEstimate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
