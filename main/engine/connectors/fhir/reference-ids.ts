/** The resource a Bundle entry's `fullUrl` stands for. */
export type FullUrlIndex = ReadonlyMap<string, string>;

const RELATIVE = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;
const UUID = /^urn:(?:uuid|oid):(.+)$/;

/**
 * The id of the resource a reference points at, so references join to the target table's
 * `id` column: a `fullUrl` of the same Bundle (`urn:uuid:…` in transaction bundles) gives
 * that resource's id; `Patient/123`, an absolute URL and a `_history` version give `123`;
 * an unmatched `urn:uuid:` gives the uuid (Bundle writers use it as the id). A contained
 * (`#x`) or otherwise unreadable reference gives null rather than a guess.
 */
export function referencedId(reference: string, fullUrls: FullUrlIndex): string | null {
  const known = fullUrls.get(reference);
  if (known !== undefined) return known;
  const uuid = UUID.exec(reference);
  if (uuid) return uuid[1]!;
  const relative = RELATIVE.exec(reference);
  return relative ? relative[2]! : null;
}

/** The id a `urn:uuid:`/`urn:oid:` fullUrl carries, for an entry whose resource has no `id` of its own. */
export function idFromFullUrl(fullUrl: string): string | null {
  return UUID.exec(fullUrl)?.[1] ?? RELATIVE.exec(fullUrl)?.[2] ?? null;
}
