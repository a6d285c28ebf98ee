import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { ContractVersionView } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../../components/format';
import { LoadingBlock } from '../../components/loading-block';
import { VersionDiff } from './version-diff';

/**
 * The contract's versions, newest first: what changed, who and when. Choosing one shows
 * its text; Restore makes it the contract again (kept as a new version, so nothing is lost).
 */
export function HistoryDialog({ open, currentSha, onClose, onRestore }: {
  open: boolean;
  currentSha: string;
  onClose: () => void;
  onRestore: (versionId: number) => void;
}) {
  const versions = useAsync(() => (open ? call('mapping:versions', {}) : Promise.resolve([] as ContractVersionView[])), [open, currentSha]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [whole, setWhole] = useState(false);
  const list = versions.data ?? [];
  // Versions are listed newest first, so the one before the chosen one is the next in the list.
  const previous = chosen === null ? undefined : list[list.findIndex((v) => v.id === chosen) + 1];
  const text = useAsync(async () => {
    if (chosen === null) return null;
    const [after, before] = await Promise.all([call('mapping:version', { versionId: chosen }), previous ? call('mapping:version', { versionId: previous.id }) : null]);
    return { after: after.content, before: before?.content ?? null };
  }, [chosen, previous?.id]);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth data-testid="history-dialog">
      <DialogTitle>Contract history</DialogTitle>
      <DialogContent sx={{ display: 'flex', gap: 2, minHeight: 420 }}>
        <Box sx={{ width: 360, flexShrink: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'auto', maxHeight: 520 }}>
          {versions.error !== undefined ? (
            <ErrorAlert error={versions.error} />
          ) : !versions.data ? (
            <LoadingBlock lines={4} label="Loading history" />
          ) : list.length === 0 ? (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }}>
              No versions yet: the first change made here keeps the contract as it was found, then every change after it.
            </Typography>
          ) : (
            <List dense disablePadding>
              {list.map((v) => (
                <ListItemButton key={v.id} selected={v.id === chosen} onClick={() => setChosen(v.id)} data-testid={`version-item-${v.id}`}>
                  <ListItemText
                    primary={v.note}
                    secondary={`#${v.id} · ${formatTime(v.createdAt)}${v.author ? ` · ${v.author}` : ''}${v.sha256 === currentSha ? ' · current' : ''}`}
                    slotProps={{ primary: { sx: { fontSize: 13 } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'auto', maxHeight: 520, bgcolor: '#fafbfc' }}>
          {chosen === null ? (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }}>
              Choose a version to see its contract.
            </Typography>
          ) : text.data ? (
            <>
              <Box sx={{ px: 1.5, pt: 1 }}>
                <FormControlLabel control={<Switch size="small" checked={whole} onChange={(e) => setWhole(e.target.checked)} />} label={<Typography variant="body2">Whole file</Typography>} />
              </Box>
              {whole ? (
                <Box component="pre" sx={{ m: 0, p: 1.5, fontSize: 11, fontFamily: 'monospace', whiteSpace: 'pre' }} data-testid="version-text">
                  {text.data.after}
                </Box>
              ) : (
                <VersionDiff before={text.data.before} after={text.data.after} />
              )}
            </>
          ) : (
            <LoadingBlock lines={6} label="Loading version" />
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button
          variant="contained"
          disabled={chosen === null || list.find((v) => v.id === chosen)?.sha256 === currentSha}
          onClick={() => chosen !== null && onRestore(chosen)}
          data-testid="restore-version"
        >
          Restore this version
        </Button>
      </DialogActions>
    </Dialog>
  );
}
