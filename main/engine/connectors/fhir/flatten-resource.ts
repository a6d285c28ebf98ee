import type { CellValue } from '../connector';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value';
import { namedIdentifiers } from './named-identifiers';
import { referencedId, type FullUrlIndex } from './reference-ids';

/**
 * Bounds that keep any resource type to a finite, stable column set: objects nested deeper
 * than `depth` and array items past `items` make no columns (the resource is marked
 * `truncated`), and no row gets more than `values` columns.
 */
export const FLATTEN_LIMITS = { depth: 5, items: 20, values: 1000 } as const;

/** One resource as one row. */
export interface FlatResource {
  values: Record<string, CellValue>;
  /** Whether a bound left some of the resource out of the columns. */
  truncated: boolean;
}

// The narrative is display HTML and contained resources have ids only their container knows.
const SKIPPED_AT_TOP = new Set(['resourceType', 'text', 'contained']);
const NAME_PARTS = new Set(['given', 'prefix', 'suffix']);

interface Walk {
  values: Record<string, CellValue>;
  truncated: boolean;
  fullUrls: FullUrlIndex;
}

function put(walk: Walk, name: string, value: CellValue): void {
  if (Object.keys(walk.values).length >= FLATTEN_LIMITS.values && !(name in walk.values)) walk.truncated = true;
  else walk.values[name] = value;
}

function isPrimitive(value: JsonValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function walkValue(walk: Walk, value: JsonValue, name: string, key: string, depth: number): void {
  if (value === null) return;
  if (isPrimitive(value)) return put(walk, name, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    // A list of strings (given names, address lines) reads best as one value.
    if (value.every(isPrimitive)) return put(walk, name, value.join(NAME_PARTS.has(key) ? ' ' : ', '));
    if (value.length > FLATTEN_LIMITS.items) walk.truncated = true;
    value.slice(0, FLATTEN_LIMITS.items).forEach((item, i) => walkValue(walk, item, `${name}_${i}`, key, depth));
    return;
  }
  if (depth + 1 > FLATTEN_LIMITS.depth) walk.truncated = true;
  else walkObject(walk, value, name, depth + 1);
}

function walkObject(walk: Walk, object: JsonObject, prefix: string, depth: number): void {
  for (const [key, value] of Object.entries(object)) {
    // `_birthDate` and the like carry extensions of a primitive, not data of their own.
    if (key.startsWith('_') || (depth === 0 && SKIPPED_AT_TOP.has(key))) continue;
    const name = prefix ? `${prefix}_${key}` : key;
    if (key === 'extension' || key === 'modifierExtension') {
      walkExtensions(walk, value, prefix ? `${prefix}_${key === 'extension' ? 'ext' : 'modext'}` : key === 'extension' ? 'ext' : 'modext', depth);
    } else walkValue(walk, value, name, key, depth);
  }
  const reference = object['reference'];
  if (prefix && typeof reference === 'string') {
    const id = referencedId(reference, walk.fullUrls);
    if (id !== null) put(walk, `${prefix}_id`, id);
  }
}

/** `us-core-race` from `http://hl7.org/fhir/us/core/StructureDefinition/us-core-race`, as a column-safe word. */
function urlTail(url: JsonValue | undefined): string {
  const text = typeof url === 'string' ? url : '';
  const tail = text.slice(Math.max(text.lastIndexOf('/'), text.lastIndexOf('#')) + 1);
  return tail.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'extension';
}

/**
 * Extensions are named by their URL's last segment rather than their position, so
 * `ext_us_core_race_ombCategory_code` means the same thing in every row. A repeated
 * extension gets `_2`, `_3`…; the `value[x]` element's own name is dropped.
 */
function walkExtensions(walk: Walk, list: JsonValue, prefix: string, depth: number): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, number>();
  for (const extension of list) {
    if (!isJsonObject(extension)) continue;
    const tail = urlTail(extension['url']);
    const n = (seen.get(tail) ?? 0) + 1;
    seen.set(tail, n);
    if (n > FLATTEN_LIMITS.items || depth + 1 > FLATTEN_LIMITS.depth) {
      walk.truncated = true;
      continue;
    }
    const name = n > 1 ? `${prefix}_${tail}_${n}` : `${prefix}_${tail}`;
    for (const [key, value] of Object.entries(extension)) {
      if (key.startsWith('value')) walkValue(walk, value, name, key, depth + 1);
    }
    walkExtensions(walk, extension['extension'] ?? null, name, depth + 1);
  }
}

/**
 * Flattens one resource into a row: elements become columns named by their path joined
 * with `_` (`code_coding_0_code`, `valueQuantity_value`, `period_start`), array items by
 * index, string lists joined into one value, each reference also as `<path>_id` (the id it
 * points at), and named identifiers on top (see namedIdentifiers).
 */
export function flattenResource(resource: JsonObject, fullUrls: FullUrlIndex): FlatResource {
  const walk: Walk = { values: {}, truncated: false, fullUrls };
  walkObject(walk, resource, '', 0);
  for (const [name, value] of Object.entries(namedIdentifiers(resource['identifier']))) put(walk, name, value);
  return { values: walk.values, truncated: walk.truncated };
}
