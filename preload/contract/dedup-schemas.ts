import { z } from 'zod';

const cell = z.union([z.string(), z.number(), z.null()]);

/** A linkage run as the app shows it. */
export const dedupSummarySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  table: z.string(),
  stats: z.object({
    records: z.number().int(),
    candidatePairs: z.number().int(),
    blocks: z.number().int(),
    largestBlock: z.number().int(),
    truncatedBlocks: z.number().int(),
    matches: z.number().int(),
    reviews: z.number().int(),
  }),
  model: z.unknown(),
  evaluation: z
    .object({
      truePositives: z.number().int(),
      falsePositives: z.number().int(),
      falseNegatives: z.number().int(),
      trueNegatives: z.number().int().nullable(),
      precision: z.number(),
      recall: z.number(),
      f1: z.number(),
      pairsCompleteness: z.number(),
      reductionRatio: z.number().nullable(),
    })
    .nullable(),
  clusters: z.number().int(),
  duplicateRecords: z.number().int(),
  reviewOpen: z.number().int(),
  reviewDecided: z.number().int(),
});

/** A pair of records the linkage matched or sent to review, with both records' compared fields. */
export const dedupPairSchema = z.object({
  a: z.string(),
  b: z.string(),
  weight: z.number(),
  decision: z.enum(['match', 'review']),
  levels: z.record(z.string(), z.string()),
  review: z.object({ decision: z.enum(['same', 'different']), by: z.string(), at: z.string() }).nullable(),
  /** The compared fields of each record, masked unless revealed. */
  records: z.object({ a: z.record(z.string(), cell), b: z.record(z.string(), cell) }),
});

/** One person found more than once, and the record that merges them. */
export const dedupClusterSchema = z.object({
  id: z.string(),
  members: z.array(z.string()),
  golden: z.record(z.string(), cell),
  provenance: z.record(z.string(), z.string().nullable()),
});

/** A linkage run as the app shows it. */
export type DedupSummaryView = z.infer<typeof dedupSummarySchema>;
/** A pair for the review queue. */
export type DedupPairView = z.infer<typeof dedupPairSchema>;
