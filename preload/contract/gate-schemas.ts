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

/** One of {@link GATE_METRICS}. */
export type GateMetric = (typeof GATE_METRICS)[number];

/** A waiver: who let a failing gate through, when, and why. */
export const waiverSchema = z.object({ reason: z.string(), by: z.string(), at: z.string() });

/** One gate of a profile, judged against a run. */
export const gateResultSchema = z.object({
  metric: z.enum(GATE_METRICS),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** The run's measure; null when it cannot be measured (a dry run has no target to reconcile). */
  value: z.number().nullable(),
  /** What the value rests on, in words a board can check. */
  evidence: z.string(),
  outcome: z.enum(['pass', 'fail', 'waived']),
  waiver: waiverSchema.nullable(),
});

/** A profile's verdict on a run: PASS only when every gate passes or is waived. */
export const gateVerdictSchema = z.object({
  profile: z.string(),
  description: z.string().nullable(),
  runId: z.string(),
  evaluatedAt: z.string(),
  verdict: z.enum(['PASS', 'FAIL']),
  gates: z.array(gateResultSchema),
});

/** One gate's result. */
export type GateResult = z.infer<typeof gateResultSchema>;

/** A profile's verdict on a run. */
export type GateVerdict = z.infer<typeof gateVerdictSchema>;

/** A gate profile as quality/gates.yaml declares it. */
export const gateProfileSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  thresholds: z.array(z.object({ metric: z.enum(GATE_METRICS), min: z.number().nullable(), max: z.number().nullable() })),
});

/** What reconciling the target found for one table. */
export const tableReconciliationSchema = z.object({
  table: z.string(),
  ledgerRows: z.number().int(),
  targetRows: z.number().int(),
  matching: z.number().int(),
  changed: z.number().int(),
  missing: z.number().int(),
  extra: z.number().int(),
  parity: z.number(),
  loadedSha256: z.string(),
  targetSha256: z.string(),
  mandatoryFilled: z.array(z.object({ column: z.string(), share: z.number() })),
  foreignKeys: z.array(z.object({ columns: z.array(z.string()), refTable: z.string(), share: z.number() })),
});
