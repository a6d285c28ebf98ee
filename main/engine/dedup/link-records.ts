import { UserError } from '../errors';
import { LEVELS, type AgreementLevel } from './agreement';
import { blockingKeyOf } from './blocking';
import { buildBlocks, forEachCandidatePair } from './candidate-pairs';
import { dedupConfigSchema, type DedupConfig, type DedupConfigInput, type DedupRecord } from './dedup-config';
import { fitModel, type LinkModel } from './fit-model';
import { compareAt, prepareFields } from './prepared-fields';
import { clusterPairs, type Cluster } from './union-find';

/** What a pair's weight says to do with it. */
export type LinkDecision = 'match' | 'review' | 'non_match';

/** One scored candidate pair: ids, weight and levels only, never the values compared. */
export interface LinkedPair {
  a: string;
  b: string;
  /** Total log2 weight: the log of how much likelier the levels are for a match than not. */
  weight: number;
  levels: Record<string, AgreementLevel>;
  decision: LinkDecision;
}

/** Counts describing a run. */
export interface LinkStats {
  records: number;
  candidatePairs: number;
  blocks: number;
  largestBlock: number;
  truncatedBlocks: number;
  matches: number;
  reviews: number;
}

/** What {@link linkRecords} found. */
export interface LinkResult {
  /** Every candidate pair, highest weight first. */
  pairs: LinkedPair[];
  /** Connected components of the matched pairs. */
  clusters: Cluster[];
  stats: LinkStats;
  model: LinkModel;
}

/** The config checked, or a UserError naming the first problem's place. */
export function parseDedupConfig(config: DedupConfigInput): DedupConfig {
  const parsed = dedupConfigSchema.safeParse(config);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  throw new UserError(issue.message, { field }, 'BAD_INPUT', parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
}

/** Every record's id as text; a missing or repeated id is an error naming the rows, not the values. */
function recordIds(records: readonly DedupRecord[], idField: string): string[] {
  const rowOf = new Map<string, number>();
  return records.map((record, index) => {
    const raw = record[idField];
    const id = raw === null || raw === undefined ? '' : String(raw).trim();
    if (id === '') throw new UserError(`record ${index + 1} has no ${idField}`, { field: idField });
    const earlier = rowOf.get(id);
    if (earlier !== undefined) throw new UserError(`records ${earlier + 1} and ${index + 1} have the same ${idField}`, { field: idField });
    rowOf.set(id, index);
    return id;
  });
}

/** A field no record has is almost always a misspelt name in the config. */
function checkFieldsExist(records: readonly DedupRecord[], config: DedupConfig): void {
  if (records.length === 0) return;
  const named = [...config.fields.map((f) => f.field), ...config.blocking.flat().map((p) => p.field)];
  for (const field of new Set(named)) {
    if (!records.some((record) => Object.hasOwn(record, field))) throw new UserError(`no record has a field ${field}`, { field });
  }
}

/**
 * Finds the records of one table that are the same person, in one pass: blocking picks
 * candidate pairs, each compared field gives an agreement level, Fellegi–Sunter weights
 * (m and u fitted by EM unless given) add up to a pair's weight, the thresholds decide,
 * and matched pairs are joined into clusters. Deterministic, and memory grows with the
 * candidate pairs, never with the square of the table. Logs nothing.
 */
export function linkRecords(records: readonly DedupRecord[], configInput: DedupConfigInput): LinkResult {
  const config = parseDedupConfig(configInput);
  const ids = recordIds(records, config.idField);
  checkFieldsExist(records, config);
  const fields = prepareFields(records, config.fields);
  const keys = config.blocking.map((key) => records.map((record) => blockingKeyOf(record, key)));
  const blocks = buildBlocks(keys, records.length, config.maxBlockSize);

  const left: number[] = [];
  const right: number[] = [];
  let codes = new Uint8Array(1024 * fields.length);
  forEachCandidatePair(blocks, (i, j) => {
    const offset = left.length * fields.length;
    if (offset + fields.length > codes.length) {
      const grown = new Uint8Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    fields.forEach((field, f) => (codes[offset + f] = compareAt(field, i, j)));
    left.push(i);
    right.push(j);
  });
  codes = codes.subarray(0, left.length * fields.length);

  const model = fitModel(config, fields, records.length, codes);
  const weightTable = model.fields.map((f) => LEVELS.map((level) => f.weights[level]));
  const { match, review } = config.thresholds;
  const pairs: LinkedPair[] = left.map((i, p) => {
    const levels: Record<string, AgreementLevel> = {};
    let weight = 0;
    fields.forEach((field, f) => {
      const code = codes[p * fields.length + f]!;
      levels[field.spec.field] = LEVELS[code]!;
      weight += weightTable[f]![code]!;
    });
    const decision: LinkDecision = weight >= match ? 'match' : weight >= review ? 'review' : 'non_match';
    return { a: ids[i]!, b: ids[right[p]!]!, weight, levels, decision };
  });
  // Stable sort: equal weights keep candidate order (by record position), so output is repeatable.
  pairs.sort((x, y) => y.weight - x.weight);

  const matched = pairs.filter((p) => p.decision === 'match');
  return {
    pairs,
    clusters: clusterPairs(matched.map((p) => [p.a, p.b] as const)),
    stats: {
      records: records.length,
      candidatePairs: pairs.length,
      ...blocks.stats,
      matches: matched.length,
      reviews: pairs.filter((p) => p.decision === 'review').length,
    },
    model,
  };
}
