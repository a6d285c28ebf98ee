import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { CatalogView, ConfiguredSource } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { ConnectorIcon } from './connector-icon';

/** Counts over a catalog: tables, columns, NOT NULL columns, primary and foreign keys. */
export function catalogCounts(catalog: CatalogView) {
  const columns = catalog.tables.flatMap((t) => t.columns);
  return {
    tables: catalog.tables.length,
    columns: columns.length,
    notNull: columns.filter((c) => c.notNull).length,
    primaryKeys: catalog.tables.filter((t) => t.primaryKey.length > 0).length,
    foreignKeys: catalog.tables.reduce((n, t) => n + t.foreignKeys.length, 0),
  };
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Box sx={{ minWidth: 76 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h2" data-testid={testId} data-value={value}>
        {formatCount(value)}
      </Typography>
    </Box>
  );
}

/** The target: where it writes, what catalog it follows, and the order tables load in. */
export function CatalogSummary({ target, catalog }: { target: Omit<ConfiguredSource, 'id'>; catalog: CatalogView }) {
  const counts = catalogCounts(catalog);
  return (
    <Box data-testid="target-summary">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
        <ConnectorIcon type={target.type} />
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {target.type}
        </Typography>
        <Typography variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
          {target.path}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', ml: 'auto' }} title="Where the catalog comes from">
          catalog: <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{catalog.origin}</span>
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mb: 1.5 }}>
        <Figure label="Tables" value={counts.tables} testId="catalog-tables" />
        <Figure label="Columns" value={counts.columns} testId="catalog-columns" />
        <Figure label="NOT NULL" value={counts.notNull} testId="catalog-not-null" />
        <Figure label="Primary keys" value={counts.primaryKeys} testId="catalog-pk" />
        <Figure label="Foreign keys" value={counts.foreignKeys} testId="catalog-fk" />
      </Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        Load order (parents before children)
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, mt: 0.5 }} data-testid="load-order">
        {catalog.loadOrder.map((table, i) => (
          <Box key={table} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            {i > 0 && <Typography sx={{ color: 'text.secondary' }}>→</Typography>}
            <Chip label={table} variant="outlined" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
