import { useEffect, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import type { FolderEntry, FolderListing, PickMode } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { EntryRow } from './entry-row';
import { choiceFor, crumbsOf, matchesExtensions } from './path-browser-model';

/** What the browser is asked to find. */
export interface PathBrowserRequest {
  mode: PickMode;
  title: string;
  /** File endings to highlight (no dots); other files are shown dimmed. */
  extensions?: readonly string[];
  /** Where to start: a folder or file path, or the project when absent. */
  start?: string;
}

/**
 * The in-app file and folder picker, for browser mode (where the page cannot open a native
 * dialog) and for anyone who prefers it. It lists the folders of the machine running the
 * engine: click to select, double-click or Enter to open a folder or choose a file,
 * Backspace or the arrow button to go up, or type a path in the address bar.
 */
export function PathBrowserDialog({ request, onChoose, onClose }: {
  request: PathBrowserRequest | null;
  onChoose: (path: string) => void;
  onClose: () => void;
}) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [selected, setSelected] = useState<FolderEntry | null>(null);
  const [address, setAddress] = useState('');
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const go = async (path: string | undefined, options: { nearest?: boolean; showHidden?: boolean } = {}) => {
    setLoading(true);
    setError(null);
    try {
      const next = await call('files:list', { path, hidden: options.showHidden ?? hidden, nearest: options.nearest });
      setListing(next);
      setAddress(next.path);
      setSelected(next.entries.find((e) => e.name === next.selected) ?? null);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (!request) return;
    setListing(null);
    setSelected(null);
    void go(request.start, { nearest: true });
    // Each opening starts afresh from the request's own start.
  }, [request]);

  if (!request) return null;
  const separator = listing?.separator ?? '/';
  const choice = listing ? choiceFor(request.mode, listing.path, selected, separator) : null;
  const open = (entry: FolderEntry) => {
    if (!listing) return;
    const path = choiceFor('either', listing.path, entry, separator)!;
    if (entry.kind === 'folder') void go(path);
    else if (request.mode !== 'folder') onChoose(path);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Backspace' && !(event.target instanceof HTMLInputElement) && listing?.parent) {
      event.preventDefault();
      void go(listing.parent);
    }
  };
  const chooseLabel = !selected && request.mode !== 'file' ? 'Choose this folder' : 'Choose';

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="path-browser" onKeyDown={onKeyDown}>
      <DialogTitle>{request.title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box
          component="form"
          sx={{ display: 'flex', gap: 1, alignItems: 'center', pt: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            if (address.trim()) void go(address.trim());
          }}
        >
          <Tooltip title="Up one folder (Backspace)">
            <span>
              <IconButton onClick={() => listing?.parent && void go(listing.parent)} disabled={!listing?.parent} data-testid="path-browser-up">
                <ArrowUpwardOutlined />
              </IconButton>
            </span>
          </Tooltip>
          <TextField
            size="small"
            fullWidth
            label="Folder"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'path-browser-address', spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
          />
          <Button type="submit" variant="outlined">
            Go
          </Button>
        </Box>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          {listing?.places.map((place) => (
            <Button key={place.path} size="small" onClick={() => void go(place.path)} data-testid={`path-place-${place.label}`}>
              {place.label}
            </Button>
          ))}
          <FormControlLabel
            sx={{ ml: 'auto' }}
            control={<Switch size="small" checked={hidden} onChange={(e) => { setHidden(e.target.checked); void go(listing?.path, { showHidden: e.target.checked }); }} />}
            label={<Typography variant="body2">Hidden files</Typography>}
          />
        </Box>
        {listing && (
          <Breadcrumbs maxItems={6} separator="›" sx={{ fontFamily: 'monospace', fontSize: 13 }} data-testid="path-browser-crumbs">
            {crumbsOf(listing.path, separator).map((crumb) => (
              <Link key={crumb.path} component="button" type="button" underline="hover" color="inherit" onClick={() => void go(crumb.path)}>
                {crumb.label}
              </Link>
            ))}
          </Breadcrumbs>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Box sx={{ height: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {!listing ? (
            <LoadingBlock lines={6} label="Listing the folder" />
          ) : listing.entries.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary', p: 2 }} data-testid="path-browser-empty">
              This folder is empty{hidden ? '' : ' (hidden files are not shown)'}.
            </Typography>
          ) : (
            <List dense disablePadding aria-busy={loading} data-testid="path-browser-entries">
              {listing.entries.map((entry) => (
                <EntryRow
                  key={entry.name}
                  entry={entry}
                  selected={selected?.name === entry.name}
                  dimmed={entry.kind === 'file' && (request.mode === 'folder' || !matchesExtensions(entry.name, request.extensions))}
                  onSelect={() => setSelected(entry)}
                  onOpen={() => open(entry)}
                />
              ))}
              {listing.truncated && (
                <ListItemButton disabled>
                  <ListItemText primary={`Only the first ${listing.entries.length} entries are listed; type a path to go further.`} />
                </ListItemButton>
              )}
            </List>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Typography variant="body2" sx={{ mr: 'auto', ml: 2, fontFamily: 'monospace', fontSize: 12, color: 'text.secondary', wordBreak: 'break-all' }} data-testid="path-browser-choice">
          {choice ?? (request.mode === 'file' ? 'Select a file' : '')}
        </Typography>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!choice} onClick={() => choice && onChoose(choice)} data-testid="path-browser-choose">
          {chooseLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
