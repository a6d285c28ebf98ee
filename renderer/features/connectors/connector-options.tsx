import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** The options the Add source dialog offers, as text; empty means "detect" or "default". */
export type OptionValues = Record<string, string>;

interface Choice {
  key: string;
  label: string;
  /** Value as stored in project.yaml, then its label; the empty value means the default. */
  values: [string, string][];
}

const ENCODING: Choice = {
  key: 'encoding',
  label: 'Encoding',
  values: [['', 'Detect'], ['utf-8', 'UTF-8'], ['utf-8-bom', 'UTF-8 with BOM'], ['windows-1252', 'Windows-1252'], ['latin1', 'Latin-1'], ['utf-16le', 'UTF-16 LE'], ['utf-16be', 'UTF-16 BE']],
};
const HEADER: Choice = { key: 'header', label: 'Header row', values: [['', 'Detect'], ['true', 'Yes'], ['false', 'No']] };

/** Options per connector kind; kinds not listed take none beyond their path. */
const OPTIONS: Record<string, Choice[]> = {
  csv: [
    { key: 'delimiter', label: 'Delimiter', values: [['', 'Detect'], [',', 'Comma ,'], [';', 'Semicolon ;'], ['\t', 'Tab'], ['|', 'Pipe |']] },
    ENCODING,
    HEADER,
  ],
  json: [{ key: 'format', label: 'Format', values: [['', 'Detect'], ['json', 'JSON document'], ['ndjson', 'NDJSON (one per line)']] }, ENCODING],
  xlsx: [{ ...HEADER, values: [['', 'Yes (default)'], ['false', 'No']] }],
  hl7v2: [{ key: 'encoding', label: 'Encoding', values: [['', 'UTF-8 (default)'], ['windows-1252', 'Windows-1252'], ['latin1', 'Latin-1']] }],
};

/** Turns the dialog's option text into project.yaml values: booleans as booleans, defaults left out. */
export function optionsFor(kind: string, values: OptionValues): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const choice of OPTIONS[kind] ?? []) {
    const value = values[choice.key];
    if (!value) continue;
    options[choice.key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return options;
}

/** The option fields of one connector kind. */
export function ConnectorOptions({ kind, values, onChange }: { kind: string; values: OptionValues; onChange: (values: OptionValues) => void }) {
  const choices = OPTIONS[kind] ?? [];
  if (choices.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
      {choices.map((choice) => (
        <TextField
          key={choice.key}
          select
          label={choice.label}
          value={values[choice.key] ?? ''}
          onChange={(e) => onChange({ ...values, [choice.key]: e.target.value })}
          sx={{ minWidth: 150 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': `option-${choice.key}` } }}
        >
          {choice.values.map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
      ))}
    </Box>
  );
}
