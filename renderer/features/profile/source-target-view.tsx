import { useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CatalogView, MappingPair, TableProfile } from '../../../preload/contract';
import { KeyBadges } from '../connectors/key-badges';
import { FlagChips } from './flag-chips';
import { tableKey } from './profile-table-list';
import { drivingSourceOf, namesTable, sideBySideRows } from './side-by-side-rows';

const mono = { fontFamily: 'monospace', fontSize: 12 };

/** A profiled source table next to a target table, with the pairs the mapping contract makes. */
export function SourceTargetView({ tables, catalog, pairs }: { tables: readonly TableProfile[]; catalog: CatalogView; pairs: readonly MappingPair[] }) {
  const [targetName, setTargetName] = useState(catalog.loadOrder[0] ?? catalog.tables[0]?.name ?? '');
  const [chosenSource, setChosenSource] = useState<string | null>(null);
  const target = catalog.tables.find((t) => t.name === targetName);
  const driving = drivingSourceOf(targetName, pairs);
  const source = tables.find((t) => tableKey(t) === chosenSource) ?? tables.find((t) => namesTable(driving, t)) ?? tables[0];
  if (!target || !source) return null;
  const rows = sideBySideRows(source, target, pairs);
  const mapped = rows.filter((r) => r.source && r.target).length;

  return (
    <Box data-testid="source-target-view">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <TextField select label="Source table" value={tableKey(source)} onChange={(e) => setChosenSource(e.target.value)} sx={{ minWidth: 240 }}>
          {tables.map((t) => (
            <MenuItem key={tableKey(t)} value={tableKey(t)} sx={mono}>
              {tableKey(t)}
            </MenuItem>
          ))}
        </TextField>
        <Typography sx={{ color: 'text.secondary' }}>→</Typography>
        <TextField select label="Target table" value={targetName} onChange={(e) => { setTargetName(e.target.value); setChosenSource(null); }} sx={{ minWidth: 240 }}>
          {catalog.tables.map((t) => (
            <MenuItem key={t.name} value={t.name} sx={mono}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="mapped-count">
          {mapped} of {target.columns.length} target columns filled from {source.name} by the contract
        </Typography>
      </Box>
      <Table aria-label="Source and target columns">
        <TableHead>
          <TableRow>
            <TableCell>Source column</TableCell>
            <TableCell>Profiled type</TableCell>
            <TableCell>Mapping</TableCell>
            <TableCell>Target column</TableCell>
            <TableCell>Target type</TableCell>
            <TableCell>Keys</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i} sx={{ bgcolor: row.source && row.target ? undefined : 'action.hover' }}>
              <TableCell sx={mono}>
                {row.source ? (
                  <Box sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
                    {row.source.name}
                    <FlagChips flags={row.source.flags} />
                  </Box>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>{row.source ? <Chip label={row.source.type} variant="outlined" sx={{ height: 20, fontSize: 11 }} /> : ''}</TableCell>
              <TableCell>{row.mapping ? <Chip label={row.mapping} color={row.source ? 'primary' : 'default'} variant="outlined" sx={{ height: 20, fontSize: 11 }} /> : row.target ? <Typography variant="caption" sx={{ color: 'text.secondary' }}>not in contract</Typography> : ''}</TableCell>
              <TableCell sx={mono}>{row.target?.name ?? '—'}</TableCell>
              <TableCell sx={{ ...mono, color: 'text.secondary' }}>{row.target?.type ?? ''}</TableCell>
              <TableCell>{row.target && <KeyBadges table={target} column={row.target.name} notNull={row.target.notNull} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
