import { z } from 'zod';
import { locatorSchema } from './schemas';

/** Flags for columns that look identifying. */
export const IDENTIFIER_FLAGS = ['nhs_number', 'birth_date', 'person_name', 'postcode', 'phone', 'email', 'address', 'local_identifier'] as const;

/** Inferred column types, narrowest first. */
export const PROFILE_TYPES = ['empty', 'boolean', 'integer', 'decimal', 'date', 'datetime', 'code', 'text'] as const;

/** A value with its count; counts below the minimum cell count are suppressed (null). */
const valueCountSchema = z.object({ value: z.string(), count: z.number().int().nonnegative().nullable() });

/** The profile of one column. */
export const columnProfileSchema = z.object({
  name: z.string(),
  type: z.enum(PROFILE_TYPES),
  /**
   * Share of rows that are null, empty or whitespace, 0..1; null when the empty or the
   * non-empty rows are fewer than the minimum cell count (the count could be worked back).
   */
  nullRate: z.number().min(0).max(1).nullable(),
  distinct: z.number().int().nonnegative(),
  /** False when `distinct` is a sketch's estimate rather than an exact count. */
  distinctExact: z.boolean(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  lengthMin: z.number().int().nonnegative().nullable(),
  lengthMax: z.number().int().nonnegative().nullable(),
  /** First quartile, median and third quartile of numeric columns. */
  quartiles: z.tuple([z.number(), z.number(), z.number()]).nullable(),
  top: z.array(valueCountSchema),
  patterns: z.array(z.object({ pattern: z.string(), count: z.number().int().nonnegative().nullable() })),
  flags: z.array(z.enum(IDENTIFIER_FLAGS)),
});

/** The profile of one table. */
export const tableProfileSchema = z.object({
  source: z.string(),
  name: z.string(),
  rows: z.number().int().nonnegative(),
  columns: z.array(columnProfileSchema),
  /** Rows whose shape was wrong (a CSV row with too many or too few fields), profiled as read. */
  malformedRows: z.number().int().nonnegative().default(0),
  /** The first of them, to go and look: where it is and what was wrong, never its values. */
  firstMalformed: z.object({ locator: locatorSchema, problem: z.string() }).optional(),
});

/** A table that could not be profiled, and where it went wrong; one bad file never hides the good ones. */
export const profileProblemSchema = z.object({
  source: z.string(),
  table: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  text: z.string(),
  /** Rows read before the problem stopped the table (its partial profile is not kept). */
  rowsRead: z.number().int().nonnegative(),
});

/** A whole profile: what `cutover profile --json` prints and the Profile page shows. */
export const profileSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  minCellCount: z.number().int().nonnegative(),
  tables: z.array(tableProfileSchema),
  /** Tables left out because they could not be read; profiles stored before this field have none. */
  problems: z.array(profileProblemSchema).default([]),
});

/** A table that could not be profiled. */
export type ProfileProblem = z.infer<typeof profileProblemSchema>;

/** A whole profile. */
export type Profile = z.infer<typeof profileSchema>;

/** The profile of one table. */
export type TableProfile = z.infer<typeof tableProfileSchema>;

/** The profile of one column. */
export type ColumnProfile = z.infer<typeof columnProfileSchema>;

/** Progress of a profiling scan, streamed on `profile:event`. */
export const profileEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), profileId: z.string(), table: z.string(), rowsDone: z.number().int().nonnegative(), totalRows: z.number().int().nonnegative().nullable() }),
  z.object({ type: z.literal('finished'), profileId: z.string(), status: z.enum(['succeeded', 'cancelled']) }),
  z.object({ type: z.literal('failed'), profileId: z.string(), message: z.string() }),
]);

/** One profiling progress event. */
export type ProfileEvent = z.infer<typeof profileEventSchema>;
