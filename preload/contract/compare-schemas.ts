import { z } from 'zod';
import { runStatusSchema, stageSchema } from './schemas';

/** How many runs one comparison can hold: a baseline and up to three against it. */
export const COMPARE_MIN_RUNS = 2;

/** The most runs one comparison can hold. */
export const COMPARE_MAX_RUNS = 4;

/** A stage timed for less than this in either run is too brief for its throughput to count as better or worse. */
export const COMPARE_MIN_TIMED_MILLIS = 1000;

/** What `runs:compare` takes: the run ids, the first being the baseline the others are measured against. */
export const compareRunsInputSchema = z
  .object({ runIds: z.array(z.string().min(1).max(64)).min(COMPARE_MIN_RUNS).max(COMPARE_MAX_RUNS) })
  .strict();

/** One run as a comparison heads its column: status, timing and the options it ran with. */
export const comparedRunSchema = z.object({
  id: z.string(),
  status: runStatusSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** From start to finish; null while running. */
  durationMillis: z.number().nonnegative().nullable(),
  dryRun: z.boolean(),
  rolledBack: z.boolean(),
  /** The options the run was started with; null when the store did not record them. */
  batchSize: z.number().int().nullable(),
  strategy: z.string().nullable(),
  read: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  issueCount: z.number().int().nonnegative(),
  /** Mean row quality score over every row read (1 = every check passed); null when nothing was read. */
  meanScore: z.number().nullable(),
});

/** One run as a comparison heads its column. */
export type ComparedRun = z.infer<typeof comparedRunSchema>;

const countsDeltaSchema = z.object({ read: z.number().int(), written: z.number().int(), rejected: z.number().int(), skipped: z.number().int() });

/** One target table in one run, with its difference from the baseline (null for the baseline itself or when the baseline lacks the table). */
export const comparedTableCellSchema = z.object({
  read: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  meanScore: z.number().nullable(),
  delta: countsDeltaSchema.nullable(),
  scoreDelta: z.number().nullable(),
});

/** One target table in one run of a comparison. */
export type ComparedTableCell = z.infer<typeof comparedTableCellSchema>;

/** One target table across the compared runs; a null cell is a run that did not process it. */
export const tableComparisonSchema = z.object({ table: z.string(), runs: z.array(comparedTableCellSchema.nullable()) });

/** One target table across the compared runs. */
export type TableComparison = z.infer<typeof tableComparisonSchema>;

/** One stage in one run, summed over its tables: rows in, time, throughput, and throughput against the baseline's. */
export const comparedStageCellSchema = z.object({
  rows: z.number().int().nonnegative(),
  millis: z.number().nonnegative(),
  /** Null when the stage took no measurable time. */
  rowsPerSecond: z.number().nonnegative().nullable(),
  /** This run's throughput over the baseline's (2 = twice as fast); null for the baseline or when either is unknown. */
  ratio: z.number().nonnegative().nullable(),
});

/** One stage in one run of a comparison. */
export type ComparedStageCell = z.infer<typeof comparedStageCellSchema>;

/** One pipeline stage across the compared runs; a null cell is a run that recorded no timing for it. */
export const stageComparisonSchema = z.object({ stage: stageSchema, runs: z.array(comparedStageCellSchema.nullable()) });

/** One pipeline stage across the compared runs. */
export type StageComparison = z.infer<typeof stageComparisonSchema>;

/** How a rule's count moved from the baseline: it started firing, stopped, changed, or held. */
export const ruleChangeSchema = z.enum(['new', 'gone', 'changed', 'same']);

/** How a rule's count moved from the baseline. */
export type RuleChange = z.infer<typeof ruleChangeSchema>;

/** How often one check fired over one table in each run (counts only, never values). */
export const ruleComparisonSchema = z.object({
  table: z.string(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  counts: z.array(z.number().int().nonnegative()),
  /** Count minus the baseline's; null for the baseline. */
  deltas: z.array(z.number().int().nullable()),
  change: ruleChangeSchema,
});

/** How often one check fired over one table in each run. */
export type RuleComparison = z.infer<typeof ruleComparisonSchema>;

/** The newest recorded verdict of one gate profile for each run; null where none was recorded. */
export const gateComparisonSchema = z.object({ profile: z.string(), verdicts: z.array(z.enum(['PASS', 'FAIL']).nullable()) });

/** The newest recorded verdict of one gate profile for each run. */
export type GateComparison = z.infer<typeof gateComparisonSchema>;

/** What a finding says about the compared run: better than the baseline, worse, or just different. */
export const findingToneSchema = z.enum(['better', 'worse', 'info']);

/** What a finding says about the compared run. */
export type FindingTone = z.infer<typeof findingToneSchema>;

/** One difference from the baseline, in plain English. */
export const comparisonFindingSchema = z.object({
  /** The run that differs from the baseline. */
  runId: z.string(),
  kind: z.enum(['status', 'options', 'table', 'rule', 'throughput', 'quality', 'gate']),
  tone: findingToneSchema,
  text: z.string(),
});

/** One difference from the baseline, in plain English. */
export type ComparisonFinding = z.infer<typeof comparisonFindingSchema>;

/**
 * Runs side by side: every array indexed by run follows `runs`, whose first entry is the
 * baseline. Carries counts, timings and rule ids only, never a row's values.
 */
export const runComparisonSchema = z.object({
  baselineId: z.string(),
  runs: z.array(comparedRunSchema),
  tables: z.array(tableComparisonSchema),
  stages: z.array(stageComparisonSchema),
  rules: z.array(ruleComparisonSchema),
  gates: z.array(gateComparisonSchema),
  /** The differences that matter most first. */
  findings: z.array(comparisonFindingSchema),
});

/** Runs side by side. */
export type RunComparison = z.infer<typeof runComparisonSchema>;
