import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddRounded from '@mui/icons-material/AddRounded';
import DeleteOutlineRounded from '@mui/icons-material/DeleteOutlineRounded';
import { FAILURE_KINDS, SUBSTAGES, type FailureKind, type Scenario } from '../../../preload/contract';
import { NumberField } from './number-field';
import { FAILURE_HINTS, FAILURE_LABELS } from './simulation-format';

type Rule = Scenario['failures'][number];

/** Failures of the data strike per 1000 records; the others per attempt. */
const PER_DATA: ReadonlySet<FailureKind> = new Set(['resource_exhaustion', 'data_corruption', 'mapping_error', 'validation_failure']);
const TABLES = ['patients', 'admissions', 'outpatient_appointments', 'diagnoses'];

/** The failures to inject: where, what and how often, one row each. */
export function FailureRulesEditor({ rules, onChange, onValidity }: { rules: readonly Rule[]; onChange: (rules: Rule[]) => void; onValidity: (key: string, valid: boolean) => void }) {
  const update = (index: number, change: Partial<Rule>) => onChange(rules.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <Box data-testid="failure-rules">
      {rules.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          No failures injected: the night goes as planned, apart from the data’s own defects.
        </Typography>
      )}
      {rules.map((rule, index) => (
        <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1, flexWrap: 'wrap' }}>
          <TextField select label="Substage" value={rule.substage} onChange={(e) => update(index, { substage: e.target.value as Rule['substage'] })} sx={{ width: 172 }}>
            {SUBSTAGES.map((s) => (
              <MenuItem key={s} value={s} sx={{ fontFamily: 'monospace', fontSize: 13 }}>
                {s}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Failure"
            value={rule.kind}
            onChange={(e) => update(index, { kind: e.target.value as FailureKind })}
            helperText={FAILURE_HINTS[rule.kind]}
            sx={{ width: 184 }}
          >
            {FAILURE_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {FAILURE_LABELS[k]}
              </MenuItem>
            ))}
          </TextField>
          <NumberField
            label="Chance (%)"
            helperText={PER_DATA.has(rule.kind) ? 'per 1k records' : 'per attempt'}
            value={Math.round(rule.rate * 1000) / 10}
            min={0}
            max={100}
            step={0.5}
            integer={false}
            width={104}
            onValid={(v) => update(index, { rate: v / 100 })}
            onValidity={(valid) => onValidity(`failure-${index}`, valid)}
          />
          <TextField
            select
            label="Tables"
            value={rule.tables ?? []}
            onChange={(e) => {
              const value = e.target.value as unknown as string[];
              update(index, { tables: value.length > 0 ? value : undefined });
            }}
            slotProps={{ select: { multiple: true, renderValue: (v) => ((v as string[]).length === 0 ? 'all' : (v as string[]).join(', ')), displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ width: 150 }}
          >
            {TABLES.map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
          <Tooltip title="Remove this failure">
            <IconButton aria-label={`Remove failure ${index + 1}`} onClick={() => onChange(rules.filter((_, i) => i !== index))} sx={{ mt: 0.5 }}>
              <DeleteOutlineRounded />
            </IconButton>
          </Tooltip>
        </Box>
      ))}
      <Button
        startIcon={<AddRounded />}
        onClick={() => onChange([...rules, { substage: 'extract.connect', kind: 'network_timeout', rate: 0.1 }])}
        disabled={rules.length >= 50}
        data-testid="add-failure"
      >
        Add failure
      </Button>
    </Box>
  );
}
