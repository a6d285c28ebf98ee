import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { CatalogView } from '../../../preload/contract';

/** A target table as the catalog describes it. */
export type CatalogTable = CatalogView['tables'][number];

/** NOT NULL, PK and FK badges of one target column; the FK's tooltip says what it references. */
export function KeyBadges({ table, column, notNull }: { table: CatalogTable; column: string; notNull: boolean }) {
  const pk = table.primaryKey.includes(column);
  const fks = table.foreignKeys.filter((fk) => fk.columns.includes(column));
  return (
    <Box sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}>
      {pk && <Chip label="PK" color="primary" sx={{ height: 18, fontSize: 11 }} data-testid="badge-pk" />}
      {fks.map((fk) => (
        <Tooltip key={fk.refTable + fk.columns.join()} title={`references ${fk.refTable} (${fk.refColumns.join(', ')})`}>
          <Chip label={`FK → ${fk.refTable}`} color="secondary" variant="outlined" sx={{ height: 18, fontSize: 11 }} data-testid="badge-fk" />
        </Tooltip>
      ))}
      {notNull && !pk && <Chip label="NOT NULL" variant="outlined" sx={{ height: 18, fontSize: 11 }} />}
    </Box>
  );
}
