import { z } from 'zod';
import { GATE_METRICS } from '../../../preload/contract/gate-schemas';

export { GATE_METRICS } from '../../../preload/contract/gate-schemas';

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
