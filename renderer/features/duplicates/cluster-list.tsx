import { useState } from 'react';
import Box from '@mui/material/Box';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';

const PAGE = 6;

/** Each person found more than once: the records that are them, and the golden record they merge into, field by field with where each value came from. */
export function ClusterList({ reveal, version }: { reveal: boolean; version: string }) {
  const [page, setPage] = useState(1);
  const data = useAsync(() => call('dedup:clusters', { offset: (page - 1) * PAGE, limit: PAGE, reveal }), [page, reveal, version]);
  if (data.error !== undefined) return <ErrorAlert error={data.error} />;
  if (!data.data) return <LoadingBlock lines={4} label="Loading people" />;
  if (data.data.total === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Nobody is in the target twice.
      </Typography>
    );
  }
  return (
    <Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))', gap: 1.5 }}>
        {data.data.clusters.map((cluster) => (
          <Paper key={cluster.id} variant="outlined" sx={{ p: 1.5 }} data-testid="cluster-card">
            <Typography variant="body2" sx={{ fontWeight: 500, mb: 0.5 }}>
              {cluster.members.length} records: <span style={{ fontFamily: 'monospace' }}>{cluster.members.join(', ')}</span>
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              Golden record (each value from the record named):
            </Typography>
            <Table size="small">
              <TableBody>
                {Object.entries(cluster.golden).map(([field, value]) => (
                  <TableRow key={field}>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: 11, py: 0.25 }}>{field}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: 11, py: 0.25 }}>{value === null ? '∅' : String(value)}</TableCell>
                    <TableCell sx={{ fontSize: 10, color: 'text.secondary', py: 0.25 }}>{reveal ? (cluster.provenance[field] ?? '') : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        ))}
      </Box>
      {data.data.total > PAGE && <Pagination sx={{ mt: 1.5 }} count={Math.ceil(data.data.total / PAGE)} page={page} onChange={(_e, p) => setPage(p)} />}
    </Box>
  );
}
