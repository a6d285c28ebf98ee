import { z } from 'zod';

/** The measures a release gate can put a threshold on. */
export const GATE_METRICS = [
  'errors',
  'warnings',
  'unresolved_mappings',
  'crosswalk_rejects',
  'population_ratio',
  'tables_written',
  'reconciliation_parity',
  'duplicate_rate',
  'mean_quality_score',
] as const;

const threshold = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((t) => t.min !== undefined || t.max !== undefined, 'give min, max or both');

/** `quality/gates.yaml`: named gate profiles, each a set of thresholds. */
export const gatesSchema = z
  .object({
    profiles: z.record(
      z.string().regex(/^[a-z][a-z0-9_]*$/, 'profile names are lower_snake_case'),
      z
        .object({
          description: z.string().optional(),
          thresholds: z.partialRecord(z.enum(GATE_METRICS), threshold),
        })
        .strict(),
    ),
  })
  .strict();

/** Gate profiles as parsed. */
export type GatesConfig = z.infer<typeof gatesSchema>;
