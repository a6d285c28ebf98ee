import { z } from 'zod';

/** How a field's two values are compared; see comparators.ts for what each one counts as partial. */
export const COMPARE_KINDS = ['exact', 'jaro_winkler', 'phonetic_name', 'date', 'postcode', 'number'] as const;

/** A probability strictly between 0 and 1: 0 or 1 would make a log-odds weight infinite. */
const probability = z.number().gt(0).lt(1);

/**
 * m (chance of a level among true matches) or u (among non-matches): a number is the
 * chance of full agreement; the object also gives partial agreement. Disagreement is the rest.
 */
const levelChances = z.union([
  probability,
  z
    .object({ agree: probability, partial: z.number().min(0).lt(1) })
    .strict()
    .refine((c) => c.agree + c.partial < 1, 'agree + partial must be below 1'),
]);

/** One field to compare. */
export const fieldComparisonSchema = z
  .object({
    field: z.string().min(1),
    compare: z.enum(COMPARE_KINDS),
    /** Given m: held fixed while EM estimates the rest. */
    m: levelChances.optional(),
    /** Given u: held fixed while EM estimates the rest. */
    u: levelChances.optional(),
    /** Log2 weights that override the ones worked out from m and u, per level. */
    weight: z.object({ agree: z.number(), partial: z.number(), disagree: z.number() }).partial().strict().optional(),
  })
  .strict();

/** Transforms a blocking key can apply to a field; `:N` ones take a positive count. */
export const blockingTransformSchema = z.union([
  z.enum(['exact', 'soundex', 'year', 'postcode_district']),
  // A template literal checks only that a number follows the colon, not which kind.
  z
    .union([z.templateLiteral(['first_letters:', z.number()]), z.templateLiteral(['digits_last:', z.number()])])
    .refine((t) => /:[1-9]\d*$/.test(t), 'give a whole number of 1 or more after the colon'),
]);

/** One part of a blocking key. */
export const blockingPartSchema = z.object({ field: z.string().min(1), transform: blockingTransformSchema }).strict();

/** Rules for picking each field's value in a golden record. */
export const SURVIVORSHIP_RULES = ['most_complete', 'most_frequent', 'most_recent'] as const;

/** How a golden record picks each field's value from a cluster's records. */
export const survivorshipSchema = z
  .object({
    default: z.enum(SURVIVORSHIP_RULES).default('most_complete'),
    fields: z.record(z.string(), z.enum(SURVIVORSHIP_RULES)).optional(),
    /** The date or timestamp field that `most_recent` orders records by. */
    recencyField: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.recencyField !== undefined || (s.default !== 'most_recent' && !Object.values(s.fields ?? {}).includes('most_recent')), {
    message: 'most_recent needs a recencyField',
    path: ['recencyField'],
  });

/**
 * The largest block compared in full. A block this size makes ~125,000 pairs; one bigger is
 * left out (see {@link dedupConfigSchema}), since a key shared by that many records tells
 * little, and comparing it would grow with the square of the table.
 */
export const DEFAULT_MAX_BLOCK_SIZE = 500;

/**
 * A deduplication run as a project declares it. A pair of records is a candidate when it
 * shares any blocking key (all parts of one key, each part present); a block with more than
 * `maxBlockSize` records is skipped whole and counted in `stats.truncatedBlocks`. Thresholds
 * are on the pair's total log2 weight: at or above `match` the pair is a match, at or above
 * `review` it goes to a person. `estimate: 'em'` fits m and u to the candidate pairs;
 * `'none'` uses the given or default ones as they are.
 */
export const dedupConfigSchema = z
  .object({
    idField: z.string().min(1),
    fields: z.array(fieldComparisonSchema).min(1),
    blocking: z.array(z.array(blockingPartSchema).min(1)).min(1),
    maxBlockSize: z.number().int().min(2).default(DEFAULT_MAX_BLOCK_SIZE),
    thresholds: z
      .object({ match: z.number(), review: z.number() })
      .strict()
      .refine((t) => t.review <= t.match, { message: 'review must not be above match', path: ['review'] }),
    estimate: z.enum(['em', 'none']).default('em'),
    survivorship: survivorshipSchema.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.fields.forEach((f, index) => {
      if (seen.has(f.field)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'field'], message: `field ${f.field} is compared twice` });
      if (f.field === config.idField) ctx.addIssue({ code: 'custom', path: ['fields', index, 'field'], message: 'the id field cannot be compared' });
      seen.add(f.field);
    });
  });

/** A deduplication config as written (defaults not yet filled in). */
export type DedupConfigInput = z.input<typeof dedupConfigSchema>;
/** A deduplication config with its defaults filled in. */
export type DedupConfig = z.output<typeof dedupConfigSchema>;
/** One compared field. */
export type FieldComparison = z.output<typeof fieldComparisonSchema>;
/** A comparator name. */
export type CompareKind = (typeof COMPARE_KINDS)[number];
/** One part of a blocking key. */
export type BlockingPart = z.output<typeof blockingPartSchema>;
/** A blocking transform. */
export type BlockingTransform = z.output<typeof blockingTransformSchema>;
/** Golden-record rules, defaults filled in. */
export type Survivorship = z.output<typeof survivorshipSchema>;
/** Golden-record rules as written. */
export type SurvivorshipInput = z.input<typeof survivorshipSchema>;
/** One survivorship rule. */
export type SurvivorshipRule = (typeof SURVIVORSHIP_RULES)[number];

/** A record to deduplicate: plain values keyed by field, the id among them. */
export type DedupRecord = Readonly<Record<string, string | number | null>>;
