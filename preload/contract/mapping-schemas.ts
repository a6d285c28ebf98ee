import { z } from 'zod';

/** One row of the mapping contract reduced to what pairs a target field with its source. */
export const mappingPairSchema = z.object({
  targetTable: z.string(),
  targetField: z.string(),
  /** The mapping class (`DIRECT_SOURCE`, `DERIVED`, `UNRESOLVED`…). */
  class: z.string(),
  sourceTable: z.string().nullable(),
  sourceField: z.string().nullable(),
});

/** A target field with the source field that fills it, if any. */
export type MappingPair = z.infer<typeof mappingPairSchema>;
