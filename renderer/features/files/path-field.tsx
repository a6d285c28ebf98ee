import { useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import type { PickMode } from '../../../preload/contract';
import { call } from '../../api/call';
import { useProject } from '../project/project-context';
import { PathBrowserDialog, type PathBrowserRequest } from './path-browser-dialog';
import { startFolderFor } from './path-browser-model';

/** A path typed, pasted or chosen with Browse. */
export interface PathFieldProps {
  label: string;
  value: string;
  onChange: (path: string) => void;
  mode: PickMode;
  /** File endings the picker offers first (no dots). */
  extensions?: readonly string[];
  /** The picker's title. */
  title?: string;
  helperText?: ReactNode;
  placeholder?: string;
  testId: string;
  autoFocus?: boolean;
  error?: boolean;
  onError?: (error: unknown) => void;
}

/**
 * A path text field with a Browse button. The desktop app opens the system's own dialog
 * (a menu offers file or folder where both would do, since Windows and Linux dialogs pick
 * one kind); browser mode opens the in-app picker, which lists the engine's disk.
 */
export function PathField(props: PathFieldProps) {
  const { appInfo } = useProject();
  const [browsing, setBrowsing] = useState<PathBrowserRequest | null>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const native = appInfo?.canPickFolders === true;
  const title = props.title ?? (props.mode === 'folder' ? 'Choose a folder' : props.mode === 'file' ? 'Choose a file' : 'Choose a file or folder');

  const pickNative = async (mode: 'file' | 'folder') => {
    setMenuAnchor(null);
    try {
      const chosen = await call('files:pick', { mode, title, extensions: props.extensions ? [...props.extensions] : undefined, defaultPath: startFolderFor(props.value) });
      if (chosen) props.onChange(chosen.path);
    } catch (error) {
      props.onError?.(error);
    }
  };
  const browse = (anchor: HTMLElement) => {
    if (!native) setBrowsing({ mode: props.mode, title, extensions: props.extensions, start: startFolderFor(props.value) });
    else if (props.mode === 'either') setMenuAnchor(anchor);
    else void pickNative(props.mode);
  };

  return (
    <>
      <TextField
        label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoFocus={props.autoFocus}
        error={props.error}
        placeholder={props.placeholder}
        helperText={props.helperText}
        fullWidth
        slotProps={{
          htmlInput: { 'data-testid': props.testId, spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <Button size="small" startIcon={<FolderOpenOutlined />} onClick={(e) => browse(e.currentTarget)} data-testid={`${props.testId}-browse`}>
                  Browse…
                </Button>
              </InputAdornment>
            ),
          },
        }}
      />
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        <MenuItem onClick={() => void pickNative('file')}>Choose a file…</MenuItem>
        <MenuItem onClick={() => void pickNative('folder')}>Choose a folder…</MenuItem>
        <MenuItem
          onClick={() => {
            setMenuAnchor(null);
            setBrowsing({ mode: props.mode, title, extensions: props.extensions, start: startFolderFor(props.value) });
          }}
        >
          Browse in the app…
        </MenuItem>
      </Menu>
      <PathBrowserDialog
        request={browsing}
        onClose={() => setBrowsing(null)}
        onChoose={(path) => {
          setBrowsing(null);
          props.onChange(path);
        }}
      />
    </>
  );
}
