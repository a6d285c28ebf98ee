import { z } from 'zod';

/** The four pipeline stages, in the order rows pass through them. */
export const STAGES = ['extract', 'transform', 'validate', 'load'] as const;

/** One of {@link STAGES}. */
export const stageSchema = z.enum(STAGES);

/** A pipeline stage name. */
export type Stage = z.infer<typeof stageSchema>;

/** Run status as recorded in the run store. */
export const runStatusSchema = z.enum(['running', 'succeeded', 'failed', 'cancelled']);

/** Run status as recorded in the run store. */
export type RunStatus = z.infer<typeof runStatusSchema>;

/** Row counts for one target table in one run; read = written + rejected + skipped. */
export const tableCountsSchema = z.object({
  name: z.string(),
  read: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});

/** Row counts for one target table in one run. */
export type TableCounts = z.infer<typeof tableCountsSchema>;

/** Where a source row came from: file and line, or message and segment. */
export const locatorSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string().optional(),
  segment: z.string().optional(),
});

/** Where a source row came from. */
export type Locator = z.infer<typeof locatorSchema>;

/** A problem found in a project's files, with where it is. */
export const projectProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
  message: z.string(),
});

/** A problem found in a project's files. */
export type ProjectProblem = z.infer<typeof projectProblemSchema>;

/** What the UI needs to know about the open project. */
export const projectSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  sources: z.array(z.object({ id: z.string(), type: z.string(), path: z.string(), tables: z.array(z.string()) })),
  target: z.object({ type: z.string(), path: z.string(), tables: z.array(z.string()) }),
  mappedFields: z.number().int().nonnegative(),
  crosswalks: z.array(z.string()),
  problems: z.array(projectProblemSchema),
});

/** What the UI needs to know about the open project. */
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** One run as listed in the run store. */
export const runSummarySchema = z.object({
  id: z.string(),
  status: runStatusSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  dryRun: z.boolean(),
  read: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  error: z.string().nullable(),
  /** Undone by a rollback (of this run or of an earlier one): its rows are no longer in the target. */
  rolledBack: z.boolean(),
  /** A copy of the target from before this run is kept, so it can be rolled back. */
  canRollBack: z.boolean(),
});

/** One run as listed in the run store. */
export type RunSummary = z.infer<typeof runSummarySchema>;

/** A stage of one table in one run, with its counts and timing. */
export const stageRunSchema = z.object({
  table: z.string(),
  stage: stageSchema,
  rowsIn: z.number().int().nonnegative(),
  rowsOut: z.number().int().nonnegative(),
  millis: z.number().nonnegative(),
});

/** A stage of one table in one run. */
export type StageRun = z.infer<typeof stageRunSchema>;

/** An issue a run found, pointing at its source row; values are never included. */
export const runIssueSchema = z.object({
  table: z.string(),
  field: z.string().nullable(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  locator: locatorSchema,
});

/** An issue a run found. */
export type RunIssue = z.infer<typeof runIssueSchema>;

/** One run in full: its summary, per-table counts, stages and first issues. */
export const runDetailSchema = runSummarySchema.extend({
  tables: z.array(tableCountsSchema),
  stages: z.array(stageRunSchema),
  issueCount: z.number().int().nonnegative(),
  issues: z.array(runIssueSchema),
});

/** One run in full. */
export type RunDetail = z.infer<typeof runDetailSchema>;
