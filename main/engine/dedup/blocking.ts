import { parseDateParts } from './date-comparator';
import type { BlockingPart, BlockingTransform, DedupRecord } from './dedup-config';
import { digitsOf, normaliseValue } from './normalise-value';
import { postcodeDistrict } from './postcode';
import { soundex } from './soundex';

/** `first_letters:3` → `['first_letters', 3]`; plain transforms have no count. */
function splitTransform(transform: BlockingTransform): [string, number] {
  const [name, count] = transform.split(':') as [string, string | undefined];
  return [name, count === undefined ? 0 : Number(count)];
}

/**
 * One part of a blocking key from a normalised value, or null when the value gives no
 * key (blank, no letters for Soundex, no year, no digits). A record with a null part is
 * in no block of that key.
 */
export function blockingValue(value: string | null, transform: BlockingTransform): string | null {
  if (value === null) return null;
  const [name, count] = splitTransform(transform);
  switch (name) {
    case 'exact':
      return value;
    case 'first_letters':
      return value.replace(/[^\p{L}\p{N}]+/gu, '').slice(0, count) || null;
    case 'soundex':
      return soundex(value);
    case 'year':
      return parseDateParts(value).parts?.year ?? null;
    case 'postcode_district':
      return postcodeDistrict(value);
    case 'digits_last':
      return digitsOf(value).slice(-count) || null;
    default:
      throw new Error(`unknown blocking transform ${name}`);
  }
}

/**
 * A record's value of one blocking key: its parts joined, or null when any part is
 * missing, since a key with a gap would put unrelated records together.
 */
export function blockingKeyOf(record: DedupRecord, key: readonly BlockingPart[]): string | null {
  const parts: string[] = [];
  for (const part of key) {
    const value = blockingValue(normaliseValue(record[part.field]), part.transform);
    if (value === null) return null;
    parts.push(value);
  }
  return parts.join('\u0000');
}
