import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { TableCounts } from '../../../preload/contract';
import { formatCount } from '../../components/format';

const KINDS = ['read', 'written', 'rejected', 'skipped'] as const;

/**
 * Row counts per target table with totals. Every cell carries a stable test id
 * (`count-<table>-<kind>`, totals `counts-total-<kind>`) so tests read what users read.
 */
export function CountsTable({ tables }: { tables: readonly TableCounts[] }) {
  const totals = KINDS.map((kind) => tables.reduce((sum, t) => sum + t[kind], 0));
  return (
    <Table data-testid="counts-table">
      <TableHead>
        <TableRow>
          <TableCell>Target table</TableCell>
          {KINDS.map((kind) => (
            <TableCell key={kind} align="right" sx={{ textTransform: 'capitalize' }}>
              {kind}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {tables.map((table) => (
          <TableRow key={table.name} hover data-testid={`counts-row-${table.name}`} data-table={table.name}>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{table.name}</TableCell>
            {KINDS.map((kind) => (
              <TableCell
                key={kind}
                align="right"
                data-testid={`count-${table.name}-${kind}`}
                data-value={table[kind]}
                sx={kind === 'rejected' && table.rejected > 0 ? { color: 'error.main' } : undefined}
              >
                {formatCount(table[kind])}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell sx={{ fontWeight: 500, color: 'text.primary', fontSize: 13 }}>Total</TableCell>
          {KINDS.map((kind, i) => (
            <TableCell
              key={kind}
              align="right"
              data-testid={`counts-total-${kind}`}
              data-value={totals[i]}
              sx={{ fontWeight: 500, color: 'text.primary', fontSize: 13 }}
            >
              {formatCount(totals[i] ?? 0)}
            </TableCell>
          ))}
        </TableRow>
      </TableFooter>
    </Table>
  );
}
