import { z } from 'zod';
import { runIssueSchema, runStatusSchema } from './schemas';

const count = z.number().int().nonnegative();
const severity = z.enum(['error', 'warning']);

/** How one rule did in a run. */
export const ruleResultSchema = z.object({
  table: z.string(),
  ruleId: z.string(),
  check: z.string(),
  severity,
  kind: z.enum(['row', 'table']),
  checked: count,
  failed: count,
  message: z.string().nullable(),
  /** The rule's description from rules.yaml, when it still has one. */
  description: z.string().nullable(),
});

/** The quality of one run: scores, rule results and everything that fired. */
/** How a run's patients did: mean of each patient's mean record score, and how many fall in each band. */
export const patientQualitySummarySchema = z.object({
  /** The target table whose key names a patient, and the tables that point at it. */
  patientTable: z.string(),
  patients: count,
  meanScore: z.number(),
  perfect: count.describe('every record of the patient passed every check'),
  withRejects: count.describe('at least one record of the patient rejected'),
  bands: z.array(z.object({ from: z.number(), to: z.number(), patients: count })).describe('patients below a perfect score, by band'),
});

/** One patient's quality: their key (masked unless revealed), mean score and records. */
export const patientQualitySchema = z.object({ patient: z.string(), score: z.number(), records: count, rejected: count, warned: count });

export const qualityReportSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  status: runStatusSchema,
  dryRun: z.boolean(),
  /** Mean row quality score over every row read (1: every check passed); null before any row. */
  meanScore: z.number().nullable(),
  totals: z.object({ read: count, rejected: count, errors: count, warnings: count, rowsWithWarnings: count }),
  tables: z.array(z.object({ table: z.string(), read: count, rejected: count, warnings: count, meanScore: z.number().nullable() })),
  rules: z.array(ruleResultSchema),
  /** Every check that fired, rules and built-in checks (type, required, crosswalk…), most frequent first. */
  findings: z.array(z.object({ table: z.string(), rule: z.string(), severity, count })),
  /** Quality per patient: each patient's records across the tables that name them; null when no table holds patients. */
  patients: patientQualitySummarySchema.nullable(),
});

/** A check the rule library offers, with its examples. */
export const ruleCheckSchema = z.object({
  check: z.string(),
  kind: z.enum(['row', 'table']),
  examples: z.array(z.object({ options: z.record(z.string(), z.unknown()), valid: z.array(z.record(z.string(), z.unknown())), invalid: z.array(z.record(z.string(), z.unknown())) })),
});

/** The quality of one run. */
export type QualityReport = z.infer<typeof qualityReportSchema>;

/** One page of a run's issues. */
export const issuePageSchema = z.object({ total: count, issues: z.array(runIssueSchema) });
