/** Columns that lead every resource table, in this order, when present. */
const LEADING = ['id', 'meta_versionId', 'meta_lastUpdated'];

const NAMED_IDENTIFIER = /^identifier_[a-z][a-z0-9]*$/;

function rank(name: string): number {
  const leading = LEADING.indexOf(name);
  if (leading !== -1) return leading;
  return NAMED_IDENTIFIER.test(name) ? LEADING.length : LEADING.length + 1;
}

function comparePaths(a: string, b: string): number {
  const pa = a.split('_');
  const pb = b.split('_');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    // Array positions compare as numbers, so item_10 follows item_9, and before any named sibling.
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Orders a resource table's columns so the order depends on the column names alone, never
 * on which resource came first: `id`, `meta_versionId`, `meta_lastUpdated`, the named identifiers, then
 * every other path alphabetically with array positions in number order.
 */
export function compareFhirColumns(a: string, b: string): number {
  return rank(a) - rank(b) || comparePaths(a, b);
}
