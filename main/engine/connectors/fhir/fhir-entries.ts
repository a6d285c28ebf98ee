import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UserError } from '../../errors';
import type { SourceRecord } from '../connector';
import type { FhirFile } from './fhir-files';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value';
import { parseJson } from './parse-json';
import { idFromFullUrl, type FullUrlIndex } from './reference-ids';

/**
 * The largest Bundle file read: a Bundle is parsed whole (Synthea writes one per patient,
 * a few MB each), so anything bigger belongs in Bulk Data NDJSON, which streams.
 */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

type Locator = SourceRecord['locator'];

/** One resource of a FHIR source, with where it came from. */
export interface FhirEntry {
  resourceType: string;
  resource: JsonObject;
  /** `resource.id`, or the id its `urn:uuid:` fullUrl carries when it has none. */
  id: string | null;
  locator: Locator;
  /** The fullUrls of the Bundle it came in, to resolve references to them. */
  fullUrls: FullUrlIndex;
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
const NO_FULL_URLS: FullUrlIndex = new Map();
const HAS_TYPE = /"resourceType"\s*:/;

function resourceTypeOf(value: JsonValue | undefined): string | null {
  if (!isJsonObject(value)) return null;
  const type = value['resourceType'];
  return typeof type === 'string' && RESOURCE_TYPE.test(type) ? type : null;
}

function entryOf(resource: JsonObject, type: string, fullUrl: JsonValue | undefined, locator: Omit<Locator, 'segment'>, fullUrls: FullUrlIndex): FhirEntry {
  const own = resource['id'];
  const id = typeof own === 'string' ? own : typeof fullUrl === 'string' ? idFromFullUrl(fullUrl) : null;
  return { resourceType: type, resource, id, fullUrls, locator: { ...locator, segment: id ? `${type}/${id}` : type } };
}

function indexFullUrls(entries: JsonValue[]): FullUrlIndex {
  const index = new Map<string, string>();
  for (const entry of entries) {
    if (!isJsonObject(entry) || typeof entry['fullUrl'] !== 'string' || !isJsonObject(entry['resource'])) continue;
    const id = entry['resource']['id'];
    const resolved = typeof id === 'string' ? id : idFromFullUrl(entry['fullUrl']);
    if (resolved) index.set(entry['fullUrl'], resolved);
  }
  return index;
}

/** A file-system failure (EACCES, EISDIR…) as a UserError with its code only; anything else unchanged. */
function unreadable(error: unknown, file: FhirFile): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof UserError || typeof code !== 'string') return error;
  return new UserError(`cannot read the file (${code})`, { file: file.label });
}

async function readText(file: FhirFile): Promise<string> {
  try {
    const { size } = await stat(file.path);
    if (size > MAX_BUNDLE_BYTES) {
      const mb = Math.ceil(size / 1024 / 1024);
      throw new UserError(`the file is ${mb} MB; a Bundle file is read whole and may be at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB (export larger data as Bulk Data NDJSON)`, { file: file.label });
    }
    return await readFile(file.path, 'utf8');
  } catch (error) {
    throw unreadable(error, file);
  }
}

async function readWhole(file: FhirFile): Promise<JsonValue> {
  const text = (await readText(file)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UserError('the file is empty', { file: file.label });
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const reason = parsed.truncated ? 'the JSON ends early (the file looks truncated)' : 'not valid JSON';
    throw new UserError(reason, parsed.line === undefined ? { file: file.label } : { file: file.label, line: parsed.line });
  }
  return parsed.value;
}

async function* bundleEntries(file: FhirFile, onlyType?: string): AsyncGenerator<FhirEntry> {
  const root = await readWhole(file);
  const rootType = resourceTypeOf(root);
  if (!rootType || !isJsonObject(root)) throw new UserError('the file is JSON but not a FHIR Bundle or resource (no resourceType)', { file: file.label });
  if (rootType !== 'Bundle') {
    if (!onlyType || onlyType === rootType) yield entryOf(root, rootType, undefined, { file: file.label }, NO_FULL_URLS);
    return;
  }
  const entries = root['entry'] ?? [];
  if (!Array.isArray(entries)) throw new UserError('Bundle.entry is not a list', { file: file.label });
  const fullUrls = indexFullUrls(entries);
  for (const [i, entry] of entries.entries()) {
    if (!isJsonObject(entry)) throw new UserError(`Bundle entry[${i}] is not an object`, { file: file.label });
    const resource = entry['resource'];
    if (resource === undefined) {
      // A DELETE in a transaction, or a response entry, carries no resource; nothing to read.
      const request = entry['request'];
      if ((isJsonObject(request) && request['method'] === 'DELETE') || entry['response'] !== undefined) continue;
      throw new UserError(`Bundle entry[${i}] has no resource`, { file: file.label });
    }
    const type = resourceTypeOf(resource);
    if (!type || !isJsonObject(resource)) throw new UserError(`Bundle entry[${i}]: the resource has no valid resourceType`, { file: file.label });
    if (!onlyType || onlyType === type) yield entryOf(resource, type, entry['fullUrl'], { file: file.label, message: String(i) }, fullUrls);
  }
}

async function* ndjsonEntries(file: FhirFile, onlyType?: string): AsyncGenerator<FhirEntry> {
  const input = createReadStream(file.path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const wanted = onlyType ? new RegExp(`"resourceType"\\s*:\\s*"${onlyType}"`) : null;
  let line = 0;
  let sawResource = false;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      sawResource = true;
      // Parsing only the lines that can be of the wanted type keeps reading one table of a large export cheap;
      // a line with no resourceType at all is still parsed, so a broken line is never skipped unseen.
      if (wanted && HAS_TYPE.test(text) && !wanted.test(text)) continue;
      const parsed = parseJson(text);
      const place = { file: file.label, line };
      if (!parsed.ok) {
        const reason = parsed.truncated ? 'the JSON ends before the line does' : 'not valid JSON';
        throw new UserError(`line ${line}: ${reason} (one resource per line is expected)`, place);
      }
      const type = resourceTypeOf(parsed.value);
      if (!type || !isJsonObject(parsed.value)) throw new UserError(`line ${line}: not a FHIR resource (no resourceType)`, place);
      if (!onlyType || onlyType === type) yield entryOf(parsed.value, type, undefined, { ...place, message: String(line) }, NO_FULL_URLS);
    }
  } catch (error) {
    throw unreadable(error, file);
  } finally {
    lines.close();
    input.destroy();
  }
  if (!sawResource) throw new UserError('the file is empty', { file: file.label });
}

/**
 * Streams the resources of one file, only those of `onlyType` when given. A Bundle's
 * entries are located by entry index, NDJSON resources by line. Malformed JSON, JSON that
 * is not FHIR and an entry without a resourceType raise a UserError naming file and entry
 * or line.
 */
export function readFhirFile(file: FhirFile, onlyType?: string): AsyncGenerator<FhirEntry> {
  return file.format === 'ndjson' ? ndjsonEntries(file, onlyType) : bundleEntries(file, onlyType);
}
