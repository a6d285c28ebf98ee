import type { CellValue } from '../connectors/connector';

/** What stands in for each letter or digit of a masked value. */
export const MASK_CHAR = '•';

/**
 * Masks a value but keeps its shape: every letter and digit becomes `•`, while spaces and
 * punctuation stay, so `943 476 5919` reads `••• ••• ••••` and `B16 8YG` reads `••• •••`.
 * The shape helps a reviewer see the format (spaced or not, length) without the value.
 * Empty values stay empty: that a value is missing is not identifying.
 */
export function maskValue(value: CellValue): CellValue {
  if (value === null) return null;
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/[\p{L}\p{N}]/gu, MASK_CHAR);
}
