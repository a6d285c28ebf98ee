import { z } from 'zod';
import { runStatusSchema, stageSchema, tableCountsSchema } from './schemas';
import { profileEventSchema } from './profile-schemas';

/** Cumulative progress of one stage of one table. */
export const stageProgressSchema = z.object({
  stage: stageSchema,
  rows: z.number().int().nonnegative(),
  rowsPerSecond: z.number().nonnegative(),
});

/** Progress of a run, streamed as a tagged union on the `run:event` channel. */
export const runEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-started'),
    runId: z.string(),
    tables: z.array(z.string()),
    totalRows: z.number().int().nonnegative(),
    dryRun: z.boolean(),
  }),
  z.object({ type: z.literal('stage-started'), runId: z.string(), table: z.string(), stage: stageSchema }),
  z.object({
    type: z.literal('batch-committed'),
    runId: z.string(),
    table: z.string(),
    batch: z.number().int().nonnegative(),
    counts: tableCountsSchema,
    stages: z.array(stageProgressSchema),
    rowsDone: z.number().int().nonnegative(),
    totalRows: z.number().int().nonnegative(),
    etaSeconds: z.number().nonnegative().nullable(),
  }),
  z.object({
    type: z.literal('issue-found'),
    runId: z.string(),
    table: z.string(),
    rule: z.string(),
    count: z.number().int().positive(),
  }),
  z.object({ type: z.literal('table-finished'), runId: z.string(), counts: tableCountsSchema }),
  z.object({
    type: z.literal('run-finished'),
    runId: z.string(),
    status: runStatusSchema,
    tables: z.array(tableCountsSchema),
    millis: z.number().nonnegative(),
  }),
  z.object({ type: z.literal('run-failed'), runId: z.string(), message: z.string() }),
]);

/** One progress event of a run. */
export type RunEvent = z.infer<typeof runEventSchema>;

/** Every event the main side pushes, by name. */
export const events = {
  'run:event': runEventSchema,
  'profile:event': profileEventSchema,
} as const;

/** The name of an event the main side pushes. */
export type EventName = keyof typeof events;

/** The payload of event `E`. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
