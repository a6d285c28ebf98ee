import type { DedupConfig, DedupRecord, SurvivorshipInput, SurvivorshipRule } from './dedup-config';
import { survivorshipSchema } from './dedup-config';
import { parseDateParts } from './date-comparator';
import { normaliseValue } from './normalise-value';
import type { Cluster } from './union-find';

/** One merged record: a value per field and the id of the record each value came from. */
export interface GoldenRecord {
  members: string[];
  values: Record<string, string | number | null>;
  /** Source record id per field; null where no member had a value. */
  provenance: Record<string, string | null>;
}

/** A candidate value for one field from one member. */
interface Candidate {
  id: string;
  value: string | number;
  normalised: string;
  /** Position among the members: the last tie-break, so results are repeatable. */
  order: number;
  filled: number;
}

/** Fields a record has a value in: a fuller record is trusted more on a tie. */
function filledCount(record: DedupRecord, idField: string): number {
  return Object.entries(record).filter(([field, value]) => field !== idField && normaliseValue(value) !== null).length;
}

/** A sortable recency of a record: its date as YYYYMMDD digits plus any time, or '' when it has none. */
function recencyOf(record: DedupRecord | undefined, field: string | undefined): string {
  if (!record || !field) return '';
  const value = normaliseValue(record[field]);
  if (value === null) return '';
  const date = parseDateParts(value);
  return date.parts ? date.digits + value.replace(/^[^t ]*[t ]?/, '') : value;
}

const byFullnessThenOrder = (a: Candidate, b: Candidate) => b.filled - a.filled || a.order - b.order;

/** Picks a field's winning candidate by one rule; ties go to the fuller record, then the earlier member. */
function pick(candidates: Candidate[], rule: SurvivorshipRule, recency: (id: string) => string): Candidate {
  if (rule === 'most_complete') {
    return [...candidates].sort((a, b) => b.normalised.length - a.normalised.length || byFullnessThenOrder(a, b))[0]!;
  }
  if (rule === 'most_frequent') {
    const frequency = new Map<string, number>();
    for (const c of candidates) frequency.set(c.normalised, (frequency.get(c.normalised) ?? 0) + 1);
    return [...candidates].sort((a, b) => frequency.get(b.normalised)! - frequency.get(a.normalised)! || byFullnessThenOrder(a, b))[0]!;
  }
  return [...candidates].sort((a, b) => {
    const ra = recency(a.id);
    const rb = recency(b.id);
    return ra === rb ? byFullnessThenOrder(a, b) : ra < rb ? 1 : -1;
  })[0]!;
}

/**
 * Merges a cluster's records into one. Per field, by the field's rule or the default:
 * `most_complete` takes the longest value (`jonathan` over `jon`), `most_frequent` the
 * value most members share, `most_recent` the value of the member latest by
 * `recencyField`. Blank values never win. Each value keeps the id it came from.
 */
export function goldenRecord(
  members: readonly string[],
  recordsById: ReadonlyMap<string, DedupRecord>,
  config: Pick<DedupConfig, 'idField'> & { survivorship?: SurvivorshipInput | undefined },
): GoldenRecord {
  const survivorship = survivorshipSchema.parse(config.survivorship ?? {});
  const sources = members.flatMap((id) => {
    const record = recordsById.get(id);
    return record ? [{ id, record, filled: filledCount(record, config.idField) }] : [];
  });
  const fields = [...new Set(sources.flatMap(({ record }) => Object.keys(record)))].filter((f) => f !== config.idField);
  const values: GoldenRecord['values'] = {};
  const provenance: GoldenRecord['provenance'] = {};
  const recency = (id: string) => recencyOf(recordsById.get(id), survivorship.recencyField);
  for (const field of fields) {
    const candidates: Candidate[] = [];
    sources.forEach(({ id, record, filled }, order) => {
      const value = record[field];
      const normalised = normaliseValue(value);
      if (value === null || value === undefined || normalised === null) return;
      candidates.push({ id, value, normalised, order, filled });
    });
    if (candidates.length === 0) {
      values[field] = null;
      provenance[field] = null;
      continue;
    }
    const winner = pick(candidates, survivorship.fields?.[field] ?? survivorship.default, recency);
    values[field] = winner.value;
    provenance[field] = winner.id;
  }
  return { members: sources.map((s) => s.id), values, provenance };
}

/** Golden records for many clusters, indexing the records once. */
export function goldenRecords(
  clusters: readonly Cluster[],
  records: readonly DedupRecord[],
  config: Pick<DedupConfig, 'idField'> & { survivorship?: SurvivorshipInput | undefined },
): (GoldenRecord & { cluster: string })[] {
  const byId = new Map(records.map((record) => [String(record[config.idField]).trim(), record] as const));
  return clusters.map((cluster) => ({ cluster: cluster.id, ...goldenRecord(cluster.members, byId, config) }));
}
