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
import Typography from '@mui/material/Typography';
import type { CatalogView, ConfiguredSource, ConnectorKind, TestReport } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../components/format';
import { PathField } from '../files/path-field';
import { catalogCounts } from './catalog-summary';
import { catalogInput, catalogText, FILE_CATALOG, type Dialect } from './target-form';
import { TestReportView } from './test-report-view';

/** What a check of the target and its catalog found. */
interface TargetCheck {
  report: TestReport;
  catalog: CatalogView | null;
  catalogError: unknown;
}

/**
 * "Change target": the connector, where it writes, and the catalog of tables it follows
 * (a built-in template, or a DDL or field-level CSV file). Test checks both the target and
 * the catalog; "Use this target" is offered once both pass for exactly these settings.
 */
export function TargetDialog({ open, current, kinds, onClose, onSaved }: {
  open: boolean;
  current: Omit<ConfiguredSource, 'id'>;
  kinds: readonly ConnectorKind[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const templates = useAsync(() => call('catalog:templates', {}), []);
  const [type, setType] = useState(current.type);
  const [path, setPath] = useState(current.path);
  const [template, setTemplate] = useState(FILE_CATALOG);
  const [catalogFiles, setCatalogFiles] = useState('');
  const [dialect, setDialect] = useState<Dialect>('detect');
  const [check, setCheck] = useState<TargetCheck | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    const text = catalogText(current.options.catalog);
    setType(current.type);
    setPath(current.path);
    setTemplate(text.startsWith('builtin:') ? text : FILE_CATALOG);
    setCatalogFiles(text.startsWith('builtin:') ? '' : text);
    setDialect((current.options.dialect as Dialect | undefined) ?? 'detect');
    setCheck(null);
    setError(null);
  }, [open, current]);

  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setCheck(null);
    setError(null);
  };
  const chosen = kinds.find((k) => k.id === type);
  const catalog = catalogInput(template, catalogFiles);
  const request = { type, path: path.trim() };
  const runTest = async () => {
    setBusy('test');
    setError(null);
    try {
      const [report, inspected] = await Promise.all([
        call('connectors:test-target', request),
        catalog ? call('catalog:inspect', { catalog, dialect: dialect === 'detect' ? undefined : dialect }).then((c) => ({ c, e: null }), (e: unknown) => ({ c: null, e })) : { c: null, e: null },
      ]);
      setCheck({ report, catalog: inspected.c, catalogError: inspected.e });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const save = async () => {
    if (!catalog) return;
    setBusy('save');
    setError(null);
    try {
      await call('connectors:set-target', { ...request, catalog, dialect: dialect === 'detect' ? undefined : dialect });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const passed = check !== null && check.report.ok && check.catalog !== null;
  const counts = check?.catalog ? catalogCounts(check.catalog) : null;

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="target-dialog">
      <DialogTitle>Change the target</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label="Connector" value={type} onChange={(e) => edit(setType)(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'target-kind' } }}>
            {kinds.map((k) => (
              <MenuItem key={k.id} value={k.id}>
                {k.label}
                {k.loadable ? '' : ' — test only for now'}
              </MenuItem>
            ))}
          </TextField>
          {chosen && !chosen.loadable && (
            <Alert severity="info">The pipeline loads into SQLite today. A {chosen.label} target can be tested here, not yet chosen.</Alert>
          )}
          <PathField
            label={chosen?.acceptsFolder ? 'Folder' : 'Database file'}
            value={path}
            onChange={edit(setPath)}
            mode={chosen?.acceptsFolder ? 'folder' : 'either'}
            extensions={chosen?.extensions}
            title="Choose where the target is"
            testId="target-path"
            onError={setError}
            helperText="Created when missing. Paths inside the project are stored relative to it."
          />
          <TextField select label="Catalog" value={template} onChange={(e) => edit(setTemplate)(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'target-catalog-kind' } }}>
            {(templates.data ?? []).map((t) => (
              <MenuItem key={t.id} value={`builtin:${t.id}`}>
                Built-in: {t.label} ({t.tables} tables)
              </MenuItem>
            ))}
            <MenuItem value={FILE_CATALOG}>A DDL file (.sql) or field-level CSV…</MenuItem>
          </TextField>
          {template === FILE_CATALOG && (
            <Stack direction="row" spacing={1}>
              <PathField
                label="Catalog file"
                value={catalogFiles}
                onChange={edit(setCatalogFiles)}
                mode="file"
                extensions={['sql', 'csv']}
                title="Choose a DDL or field-level CSV file"
                testId="target-catalog-file"
                onError={setError}
                helperText="CREATE TABLE statements (SQLite or PostgreSQL), or one row per field. Several DDL files: separate them with ;"
              />
              <TextField select label="Dialect" value={dialect} onChange={(e) => edit(setDialect)(e.target.value as Dialect)} sx={{ minWidth: 140 }}>
                <MenuItem value="detect">Detect</MenuItem>
                <MenuItem value="sqlite">SQLite</MenuItem>
                <MenuItem value="postgresql">PostgreSQL</MenuItem>
              </TextField>
            </Stack>
          )}
          {check && <TestReportView report={check.report} role="target" />}
          {check?.catalogError !== null && check?.catalogError !== undefined && <ErrorAlert error={check.catalogError} />}
          {counts && (
            <Alert severity="success" data-testid="target-catalog-check" data-tables={counts.tables}>
              <Typography variant="body2">
                Catalog: {formatCount(counts.tables)} tables, {formatCount(counts.columns)} columns, {formatCount(counts.primaryKeys)} primary keys,{' '}
                {formatCount(counts.foreignKeys)} foreign keys.
              </Typography>
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="outlined" onClick={() => void runTest()} disabled={!request.path || !catalog || busy !== null} data-testid="test-target">
          {busy === 'test' ? 'Testing…' : 'Test'}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={!passed || !chosen?.loadable || busy !== null} data-testid="save-target">
          {busy === 'save' ? 'Saving…' : 'Use this target'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
