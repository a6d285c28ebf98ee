import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import FolderOutlined from '@mui/icons-material/FolderOutlined';
import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import type { FolderEntry } from '../../../preload/contract';
import { formatBytes } from './path-browser-model';

/** One file or folder in the path browser: click selects, double-click or Enter opens. */
export function EntryRow({ entry, selected, dimmed, onSelect, onOpen }: {
  entry: FolderEntry;
  selected: boolean;
  /** Shown faintly: a file of a kind the caller did not ask for (still choosable). */
  dimmed: boolean;
  onSelect: () => void;
  onOpen: () => void;
}) {
  const modified = entry.modified ? new Date(entry.modified).toLocaleDateString() : '';
  return (
    <ListItemButton
      selected={selected}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onOpen();
        }
      }}
      sx={{ opacity: dimmed ? 0.55 : 1, py: 0.25 }}
      data-testid={`path-entry-${entry.name}`}
      data-kind={entry.kind}
    >
      <ListItemIcon sx={{ minWidth: 34 }}>
        {entry.kind === 'folder' ? <FolderOutlined fontSize="small" color="primary" /> : <InsertDriveFileOutlined fontSize="small" />}
      </ListItemIcon>
      <ListItemText primary={entry.name} slotProps={{ primary: { sx: { fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' } } }} />
      <Typography variant="caption" sx={{ color: 'text.secondary', minWidth: 72, textAlign: 'right' }}>
        {entry.size === null ? '' : formatBytes(entry.size)}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', minWidth: 96, textAlign: 'right' }}>
        {modified}
      </Typography>
    </ListItemButton>
  );
}
