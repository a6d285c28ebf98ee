import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MAPPING_CLASSES, type MappingChange, type MappingRow, type MappingState } from '../../../preload/contract';
import { ErrorAlert } from '../../components/error-alert';
import { shortcutLabel } from '../../components/shortcuts';
import { useShortcut } from '../../components/use-shortcut';
import { CLASS_LABELS } from './class-chip';
import { ExpressionTrial } from './expression-trial';
import { changeBetween, inputsFor, type FieldView } from './mapping-model';
import { ReviewActions } from './review-actions';
import { sourceColumnsOf, sourceTableOptions } from './source-options';

const CLASS_HELP: Record<(typeof MAPPING_CLASSES)[number], string> = {
  DIRECT_SOURCE: 'copy a source field as it is',
  LOOKUP_TRANSLATION: 'translate a source code through a crosswalk',
  DERIVED: 'compute it with an expression',
  SURROGATE_ETL: 'made by the ETL (an expression or a default)',
  REFERENCE_MASTER_FEED: 'filled by a master feed, not this pipeline',
  OUT_OF_SCOPE: 'deliberately not migrated',
  UNRESOLVED: 'not decided yet',
};

/**
 * Edits one target field's mapping: the class decides which inputs show. Save (Ctrl/⌘+S)
 * sends only what changed; Revert drops the draft. Review actions save at once.
 */
export function FieldEditor({ field, state, drivingTable, busy, error, onSave, draftFrom }: {
  field: FieldView;
  state: MappingState;
  drivingTable: string | null;
  busy: boolean;
  error: unknown;
  onSave: (change: MappingChange) => void;
  /** A mapping to start the draft from instead of the saved one (a suggestion being tried). */
  draftFrom: MappingRow | null;
}) {
  const [draft, setDraft] = useState<MappingRow>(field.effective);
  useEffect(() => setDraft(draftFrom ?? field.effective), [field.effective, draftFrom]);
  const set = <K extends keyof MappingRow>(key: K, value: MappingRow[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const inputs = inputsFor(draft.class);
  const change = changeBetween(field.effective, draft);
  const save = () => change && !busy && onSave(change);
  useShortcut('s', save, change !== null);
  const tables = sourceTableOptions(state.sources);
  const columns = sourceColumnsOf(state.sources, draft.sourceTable ?? drivingTable);

  return (
    <Box data-testid="field-editor" data-field={field.name}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1.5 }}>
        <Typography variant="h3" sx={{ fontFamily: 'monospace' }}>
          {field.targetTable}.{field.name}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
          {field.type}
          {field.notNull ? ' · NOT NULL' : ''}
        </Typography>
        {!field.mapping && (
          <Typography variant="caption" sx={{ color: 'warning.main' }}>
            not in the contract yet
          </Typography>
        )}
      </Box>
      <Stack spacing={1.5}>
        <TextField
          select
          label="Class"
          value={draft.class}
          onChange={(e) => set('class', e.target.value as MappingRow['class'])}
          slotProps={{ htmlInput: { 'data-testid': 'edit-class' } }}
        >
          {MAPPING_CLASSES.map((cls) => (
            <MenuItem key={cls} value={cls}>
              <b>{CLASS_LABELS[cls]}</b>&nbsp;— {CLASS_HELP[cls]}
            </MenuItem>
          ))}
        </TextField>
        {inputs.source && (
          <Stack direction="row" spacing={1}>
            <TextField
              select
              label="Source table"
              value={draft.sourceTable ?? drivingTable ?? ''}
              onChange={(e) => set('sourceTable', e.target.value || null)}
              sx={{ minWidth: 200 }}
              slotProps={{ htmlInput: { 'data-testid': 'edit-source-table' } }}
            >
              {tables.map((t) => (
                <MenuItem key={t.value} value={t.value}>
                  {t.label}
                </MenuItem>
              ))}
            </TextField>
            <Autocomplete
              freeSolo
              fullWidth
              options={columns.map((c) => c.name)}
              value={draft.sourceField ?? ''}
              onInputChange={(_e, value) => set('sourceField', value.trim() === '' ? null : value)}
              renderOption={(props, option) => {
                const column = columns.find((c) => c.name === option);
                return (
                  <li {...props} key={option}>
                    <Box sx={{ display: 'flex', gap: 1, width: '100%' }}>
                      <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{option}</span>
                      <Typography variant="caption" sx={{ color: 'text.secondary', ml: 'auto' }}>
                        {[column?.type, ...(column?.flags ?? [])].filter(Boolean).join(' · ')}
                      </Typography>
                    </Box>
                  </li>
                );
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Source field"
                  slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'edit-source-field', spellCheck: false } }}
                />
              )}
            />
          </Stack>
        )}
        {inputs.expression && (
          <>
            <TextField
              label="Expression"
              value={draft.expression ?? ''}
              onChange={(e) => set('expression', e.target.value === '' ? null : e.target.value)}
              multiline
              minRows={2}
              helperText='Sandboxed: column names, "strings", numbers, operators, if … then … else, and functions such as iso_date(date_of_birth, "DD/MM/YYYY"), upper, trim, concat, coalesce'
              slotProps={{ htmlInput: { 'data-testid': 'edit-expression', spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
            <ExpressionTrial expression={draft.expression} sourceTable={draft.sourceTable ?? drivingTable} />
          </>
        )}
        {inputs.crosswalk && (
          <TextField
            select
            label="Crosswalk"
            value={draft.crosswalk ?? ''}
            onChange={(e) => set('crosswalk', e.target.value || null)}
            slotProps={{ htmlInput: { 'data-testid': 'edit-crosswalk' } }}
          >
            {state.crosswalks.map((c) => (
              <MenuItem key={c.name} value={c.name}>
                {c.name} ({c.codes} codes)
              </MenuItem>
            ))}
          </TextField>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          {inputs.default && (
            <TextField label="Default when empty" value={draft.default ?? ''} onChange={(e) => set('default', e.target.value === '' ? null : e.target.value)} sx={{ maxWidth: 220 }} />
          )}
          <FormControlLabel control={<Switch checked={draft.required} onChange={(e) => set('required', e.target.checked)} />} label="Required: an empty value rejects the row" />
        </Stack>
        <TextField label="Notes for reviewers" value={draft.notes} onChange={(e) => set('notes', e.target.value)} multiline minRows={2} slotProps={{ htmlInput: { 'data-testid': 'edit-notes' } }} />
        {error !== null && error !== undefined && <ErrorAlert error={error} />}
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={save} disabled={!change || busy} data-testid="save-mapping">
            {busy ? 'Saving…' : `Save (${shortcutLabel('S')})`}
          </Button>
          <Button onClick={() => setDraft(field.effective)} disabled={!change || busy}>
            Revert
          </Button>
          <Box sx={{ flex: 1 }} />
          <ReviewActions row={field.effective} unsaved={change !== null} busy={busy} onChange={onSave} />
        </Box>
      </Stack>
    </Box>
  );
}
