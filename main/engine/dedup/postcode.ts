import { defineComparator } from './comparator';

/** A UK postcode: outward code, then the inward code (a digit and two letters). */
const UK_POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)(\d[a-z]{2})$/;

/** A postcode without spaces, lower case. */
function compact(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

/**
 * The district a postcode belongs to: the outward code of a UK postcode (`sw1a 1aa` →
 * `sw1a`), otherwise its first three characters (`4011` → `401`), which for numeric
 * codes such as Australia's is the same delivery area. Null for a blank value.
 */
export function postcodeDistrict(value: string): string | null {
  const code = compact(value);
  if (code === '') return null;
  const uk = UK_POSTCODE.exec(code);
  return uk ? uk[1]! : code.slice(0, 3);
}

/** Postcodes: the same code agrees, the same district partly agrees. */
export const postcodeComparator = defineComparator<{ code: string; district: string | null }>({
  prepare: (value) => ({ code: compact(value), district: postcodeDistrict(value) }),
  compare: (a, b) => {
    if (a.code === b.code) return 'agree';
    return a.district !== null && a.district === b.district ? 'partial' : 'disagree';
  },
});
