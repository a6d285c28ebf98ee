import { useState } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CatalogView } from '../../../preload/contract';
import { KeyBadges } from './key-badges';

/** The target catalog: its tables in load order, and the chosen table's columns with types and keys. */
export function CatalogBrowser({ catalog }: { catalog: CatalogView }) {
  const ordered = catalog.loadOrder.map((name) => catalog.tables.find((t) => t.name === name)).filter((t) => t !== undefined);
  const rest = catalog.tables.filter((t) => !catalog.loadOrder.includes(t.name));
  const tables = [...ordered, ...rest];
  const [chosen, setChosen] = useState<string | null>(null);
  const table = tables.find((t) => t.name === chosen) ?? tables[0];
  if (!table) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        The catalog has no tables. Point <code>target.catalog</code> in project.yaml at a DDL file, a field-level CSV or a built-in template.
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '240px minmax(0, 1fr)', gap: 2, alignItems: 'start' }} data-testid="catalog-browser">
      <List dense disablePadding sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 420, overflow: 'auto' }}>
        {tables.map((t) => (
          <ListItemButton key={t.name} selected={t.name === table.name} onClick={() => setChosen(t.name)} data-testid={`catalog-table-${t.name}`}>
            <ListItemText
              primary={t.name}
              secondary={`${t.columns.length} columns${t.foreignKeys.length ? ` · ${t.foreignKeys.length} FK` : ''}`}
              slotProps={{ primary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
          </ListItemButton>
        ))}
      </List>
      <Table aria-label={`Columns of ${table.name}`} data-testid="catalog-columns-table">
        <TableHead>
          <TableRow>
            <TableCell>Column</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Keys and constraints</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {table.columns.map((c) => (
            <TableRow key={c.name}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{c.name}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, color: 'text.secondary' }}>{c.type}</TableCell>
              <TableCell>
                <KeyBadges table={table} column={c.name} notNull={c.notNull} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
