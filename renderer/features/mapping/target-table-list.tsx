import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { MappingState } from '../../../preload/contract';

/** The target tables in load order, each with how far it is decided and what blocks it. */
export function TargetTableList({ coverage, order, selected, onSelect }: {
  coverage: MappingState['coverage'];
  order: readonly string[];
  selected: string | null;
  onSelect: (table: string) => void;
}) {
  const byName = new Map(coverage.tables.map((t) => [t.table, t]));
  return (
    <List dense disablePadding data-testid="mapping-tables" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 560, overflow: 'auto' }}>
      {order.map((name) => {
        const t = byName.get(name);
        if (!t) return null;
        const done = t.fields === 0 ? 100 : (100 * t.decided) / t.fields;
        return (
          <ListItemButton key={name} selected={name === selected} onClick={() => onSelect(name)} data-testid={`mapping-table-${name}`} sx={{ display: 'block', py: 0.75 }}>
            <Typography sx={{ fontFamily: 'monospace', fontSize: 12 }}>{name}</Typography>
            <LinearProgress variant="determinate" value={done} color={t.unresolved === 0 ? 'success' : 'primary'} sx={{ my: 0.5, height: 5, borderRadius: 1 }} />
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {t.decided}/{t.fields} decided
              </Typography>
              {t.requiredUnresolved > 0 && (
                <Typography variant="caption" sx={{ color: 'warning.main', fontWeight: 500 }} data-testid={`mapping-blocking-${name}`}>
                  {t.requiredUnresolved} blocking
                </Typography>
              )}
              {t.approved > 0 && (
                <Typography variant="caption" sx={{ color: 'success.main' }}>
                  {t.approved} approved
                </Typography>
              )}
            </Box>
          </ListItemButton>
        );
      })}
    </List>
  );
}
