import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import type { CrosswalkScanView } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../components/format';

function rowsText(rows: number | null): string {
  return rows === null ? '< 5' : formatCount(rows);
}

/**
 * "Check the data": every code the fields translated through this crosswalk hold, with
 * how many rows each, unmapped ones first with guesses at their target; taking a guess
 * adds it to the table being edited (saving is still the user's move).
 */
export function CodesInData({ name, savedSha, onTake }: { name: string; savedSha: string; onTake: (code: string, target: string, description: string) => void }) {
  const [scan, setScan] = useState<CrosswalkScanView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setScan(await call('crosswalks:scan', { name }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  // After a save, a check already shown is run again so it never shows the old crosswalk.
  const scanned = scan !== null;
  useEffect(() => {
    if (scanned) void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new saved version re-runs it
  }, [savedSha]);
  const unmapped = scan?.codes.filter((c) => c.target === null) ?? [];
  return (
    <Box data-testid="codes-in-data" sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h3" sx={{ flex: 1 }}>
          Codes in the data
        </Typography>
        <Button size="small" variant="outlined" startIcon={<SearchOutlined />} onClick={() => void run()} disabled={busy} data-testid="scan-codes">
          {busy ? 'Reading the sources…' : scan ? 'Check again' : 'Check the data'}
        </Button>
      </Box>
      {error !== null && <ErrorAlert error={error} />}
      {!scan ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Reads every source field the contract translates through {name} and lists each code with how many rows hold it, so codes the crosswalk lacks — rows a run would reject — show before any run.
        </Typography>
      ) : (
        <>
          {scan.usedBy.length === 0 && <Alert severity="info">No contract field translates through {name} yet.</Alert>}
          {scan.identifying && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              A field translated through this crosswalk looks identifying (a name or an identifier), so its values are masked here. A crosswalk is for codes: check the mapping.
            </Alert>
          )}
          {scan.unreadable.map((u) => (
            <Alert key={u.sourceTable} severity="error" sx={{ mb: 1 }}>
              {u.sourceTable}: {u.message}
            </Alert>
          ))}
          {scan.usedBy.length > 0 && (
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="scan-summary" data-unmapped={unmapped.length}>
              {formatCount(scan.rowsRead)} rows of {scan.usedBy.map((u) => `${u.sourceTable}.${u.sourceField}`).join(', ')}: {scan.codes.length} codes,{' '}
              {unmapped.length === 0 ? (
                <b style={{ color: '#2e7d4f' }}>every one mapped</b>
              ) : (
                <b style={{ color: '#b3261e' }}>
                  {unmapped.length} not in the crosswalk ({rowsText(scan.rejectedRows)} rows would be rejected)
                </b>
              )}
              {scan.truncated && ' — only the first 5,000 distinct values were counted: is this really a code column?'}
            </Typography>
          )}
          {scan.codes.length > 0 && (
            <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Table stickyHeader size="small" data-testid="scan-codes-table">
                <TableHead>
                  <TableRow>
                    <TableCell>Code</TableCell>
                    <TableCell align="right">Rows</TableCell>
                    <TableCell>Becomes</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {scan.codes.map((c) => (
                    <TableRow key={c.code} data-testid={`scanned-${c.code}`} data-mapped={c.target !== null} sx={{ bgcolor: c.target === null ? 'rgba(179,38,30,0.05)' : undefined }}>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{c.code}</TableCell>
                      <TableCell align="right">{rowsText(c.rows)}</TableCell>
                      <TableCell>
                        {c.target !== null ? (
                          <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{c.target}</span>
                        ) : (
                          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                            {c.suggestions.map((s, i) => (
                              <Tooltip key={s.target} title={`${Math.round(s.confidence * 100)}% sure: ${s.reason}`}>
                                <Chip
                                  label={`${s.target}${s.description ? ` ${s.description}` : ''} · ${Math.round(s.confidence * 100)}%`}
                                  color="primary"
                                  variant={i === 0 ? 'filled' : 'outlined'}
                                  onClick={() => onTake(c.code, s.target, s.description ?? '')}
                                  data-testid={`take-${c.code}-${i}`}
                                />
                              </Tooltip>
                            ))}
                            <Chip label="add row…" variant="outlined" onClick={() => onTake(c.code, '', '')} data-testid={`take-${c.code}-blank`} />
                          </Box>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
