import { useEffect, useState } from 'react';
import TextField from '@mui/material/TextField';

/**
 * A number input that keeps what the user types until it is a valid number in range,
 * saying what is wrong meanwhile; `onValid` hears only valid values.
 */
export function NumberField({
  label, value, min, max, step = 1, integer = true, onValid, onValidity, helperText, testId, width = 120,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  onValid: (value: number) => void;
  onValidity?: (valid: boolean) => void;
  helperText?: string;
  testId?: string;
  width?: number;
}) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText((current) => (Number(current) === value ? current : String(value))), [value]);
  const parsed = Number(text);
  const error = text.trim() === '' || !Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max
    ? `${integer ? 'A whole number' : 'A number'} from ${min.toLocaleString()} to ${max.toLocaleString()}`
    : null;
  return (
    <TextField
      label={label}
      value={text}
      type="number"
      error={error !== null}
      helperText={error ?? helperText}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const n = Number(next);
        const valid = next.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
        onValidity?.(valid);
        if (valid) onValid(n);
      }}
      slotProps={{ htmlInput: { min, max, step, 'data-testid': testId } }}
      sx={{ width }}
    />
  );
}
