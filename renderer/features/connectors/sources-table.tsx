import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import type { ConfiguredSource, ConnectorKind } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { ConnectorIcon } from './connector-icon';
import { SourceStatus } from './source-status';
import type { SourceTest } from './use-source-tests';

/** The project's sources: kind, path, tables and test status; choosing a row explores it. */
export function SourcesTable({ sources, kinds, tableCounts, tests, selectedId, onSelect, onRemove }: {
  sources: readonly ConfiguredSource[];
  kinds: readonly ConnectorKind[];
  tableCounts: Record<string, number | undefined>;
  tests: Record<string, SourceTest>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <Table aria-label="Sources" data-testid="sources-table">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 170 }}>Source</TableCell>
          <TableCell sx={{ width: 130 }}>Kind</TableCell>
          <TableCell>Path</TableCell>
          <TableCell align="right" sx={{ width: 70 }}>Tables</TableCell>
          <TableCell sx={{ width: 130 }}>Status</TableCell>
          <TableCell sx={{ width: 48 }} />
        </TableRow>
      </TableHead>
      <TableBody>
        {sources.map((source) => {
          const count = tableCounts[source.id];
          return (
            <TableRow
              key={source.id}
              hover
              selected={source.id === selectedId}
              onClick={() => onSelect(source.id)}
              sx={{ cursor: 'pointer' }}
              data-testid={`source-row-${source.id}`}
            >
              <TableCell>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, fontWeight: 500 }}>
                  <ConnectorIcon type={source.type} />
                  {source.id}
                </Box>
              </TableCell>
              <TableCell>{kinds.find((k) => k.id === source.type && k.role === 'source')?.label ?? source.type}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{source.path}</TableCell>
              <TableCell align="right" data-testid={`source-tables-${source.id}`} data-value={count ?? ''}>
                {count === undefined ? '—' : formatCount(count)}
              </TableCell>
              <TableCell>
                <SourceStatus test={tests[source.id]} testId={`source-status-${source.id}`} />
              </TableCell>
              <TableCell padding="none">
                <Tooltip title={`Remove ${source.id} from the project`}>
                  <IconButton
                    size="small"
                    aria-label={`remove ${source.id}`}
                    data-testid={`remove-source-${source.id}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onRemove(source.id);
                    }}
                  >
                    <DeleteOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
