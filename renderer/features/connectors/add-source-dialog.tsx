import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ConfiguredSource, ConnectorKind, TestReport } from '../../../preload/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/error-alert';
import { PathField } from '../files/path-field';
import { ConnectorOptions, optionsFor, type OptionValues } from './connector-options';
import { kindForFile } from './kind-for-file';
import { TestReportView } from './test-report-view';

/** How the dialog opens: empty, or after a file was dropped on the page. */
export interface AddSourceStart {
  path: string;
  /** A dropped file whose folder the host withheld (browser mode): the user must complete the path. */
  droppedName?: string;
  /** A dropped file whose full path is known: tested at once. */
  dropped?: boolean;
  kind?: string;
}

/**
 * "Add source": choose a connector kind, give the path and options, test it, then add it
 * to project.yaml. Add is offered once a test of exactly these settings passed, so a
 * source that cannot be read is never added by accident.
 */
export function AddSourceDialog({ start, kinds, onClose, onAdded }: {
  start: AddSourceStart | null;
  kinds: readonly ConnectorKind[];
  onClose: () => void;
  onAdded: (source: ConfiguredSource) => void;
}) {
  const [kind, setKind] = useState('csv');
  // Until the user picks a connector, the path's file ending suggests one.
  const [kindChosen, setKindChosen] = useState(false);
  const [path, setPath] = useState('');
  const [id, setId] = useState('');
  const [options, setOptions] = useState<OptionValues>({});
  const [report, setReport] = useState<TestReport | null>(null);
  const [busy, setBusy] = useState<'test' | 'add' | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!start) return;
    setKind(start.kind ?? 'csv');
    setKindChosen(false);
    setPath(start.path);
    setId('');
    setOptions({});
    setReport(null);
    setError(null);
    if (start.dropped) void testNow(start.kind ?? 'csv', start.path);
  }, [start]);

  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setReport(null);
    setError(null);
  };
  const chosen = kinds.find((k) => k.id === kind);
  const request = { type: kind, path: path.trim(), options: optionsFor(kind, options) };
  const act = async (what: 'test' | 'add') => {
    setBusy(what);
    setError(null);
    try {
      if (what === 'test') setReport(await call('connectors:test', request));
      else onAdded(await call('connectors:add', id.trim() ? { ...request, id: id.trim() } : request));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  /** A dropped file is tested as soon as the dialog opens, before any state settles. */
  const testNow = async (type: string, at: string) => {
    setBusy('test');
    try {
      setReport(await call('connectors:test', { type, path: at, options: {} }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const idInvalid = id !== '' && !/^[a-z][a-z0-9_-]*$/.test(id);

  return (
    <Dialog open={start !== null} onClose={onClose} maxWidth="sm" fullWidth data-testid="add-source-dialog">
      <DialogTitle>Add a source</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {start?.droppedName && (
            <Alert severity="info" data-testid="drop-note">
              You dropped <b>{start.droppedName}</b>. A browser does not tell the page which folder a dropped file comes
              from, so complete its full path below (or use Browse…) and test it.
            </Alert>
          )}
          <TextField
            select
            label="Connector"
            value={kind}
            onChange={(e) => {
              setKindChosen(true);
              edit(setKind)(e.target.value);
            }}
            slotProps={{ htmlInput: { 'data-testid': 'source-kind' } }}
          >
            {kinds.map((k) => (
              <MenuItem key={k.id} value={k.id}>
                {k.label}
              </MenuItem>
            ))}
          </TextField>
          <PathField
            label="Path"
            value={path}
            onChange={(value) => {
              edit(setPath)(value);
              const suggested = kindForFile(value, kinds);
              if (!kindChosen && suggested) setKind(suggested);
            }}
            mode={chosen?.acceptsFolder ? 'either' : 'file'}
            extensions={kindChosen ? chosen?.extensions : [...new Set(kinds.flatMap((k) => k.extensions))]}
            title="Choose a source file or folder"
            autoFocus
            testId="source-path"
            onError={setError}
            placeholder={chosen?.acceptsFolder ? '/data/export or /data/export/patients.csv' : '/data/export/extract.db'}
            helperText={`The full path of a ${chosen?.acceptsFolder ? 'file or folder (a folder is one source, a table per file)' : 'file'}${
              chosen?.extensions.length ? ` · ${chosen.extensions.map((e) => `.${e}`).join(' ')}` : ''
            }. Paths inside the project are stored relative to it.`}
          />
          <ConnectorOptions kind={kind} values={options} onChange={edit(setOptions)} />
          <TextField
            label="Id (optional)"
            value={id}
            onChange={(e) => setId(e.target.value)}
            error={idInvalid}
            helperText={idInvalid ? 'Lower case letters, digits, - and _; starting with a letter' : 'How the contract names it (id.table); made from the file name when left empty'}
            sx={{ maxWidth: 320 }}
            slotProps={{ htmlInput: { 'data-testid': 'source-id' } }}
          />
          {report && <TestReportView report={report} />}
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="outlined" onClick={() => void act('test')} disabled={!path.trim() || busy !== null} data-testid="test-source">
          {busy === 'test' ? 'Testing…' : 'Test'}
        </Button>
        <Button variant="contained" onClick={() => void act('add')} disabled={!report?.ok || idInvalid || busy !== null} data-testid="add-source-confirm">
          {busy === 'add' ? 'Adding…' : 'Add'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
