import { z } from 'zod';
import { projectProblemSchema } from './schemas';

/**
 * The simulation's vocabulary: the pipeline's stages split into the substages a real
 * migration goes through, the failures a trainer can inject into them, and the ways
 * of scheduling a run that a simulation compares side by side.
 */

/** Every substage, in the order a batch passes through them. */
export const SUBSTAGES = [
  'extract.connect', 'extract.query', 'extract.export',
  'transform.parse', 'transform.map', 'transform.standardize',
  'validate.schema_check', 'validate.business_rules', 'validate.data_integrity',
  'load.staging', 'load.production', 'load.verification',
] as const;

/** One of {@link SUBSTAGES}. */
export const substageSchema = z.enum(SUBSTAGES);
/** One of {@link SUBSTAGES}. */
export type Substage = z.infer<typeof substageSchema>;

/** The failures that can be injected into a substage. */
export const FAILURE_KINDS = [
  'network_timeout', 'system_unavailable', 'resource_exhaustion', 'data_corruption',
  'mapping_error', 'validation_failure', 'security_violation',
] as const;

/** One of {@link FAILURE_KINDS}. */
export const failureKindSchema = z.enum(FAILURE_KINDS);
/** One of {@link FAILURE_KINDS}. */
export type FailureKind = z.infer<typeof failureKindSchema>;

/** How a run is scheduled: stage by stage, all at once, or batches pipelined over workers. */
export const SIMULATED_STRATEGIES = ['staged', 'big_bang', 'parallel'] as const;
/** One of {@link SIMULATED_STRATEGIES}. */
export const simulatedStrategySchema = z.enum(SIMULATED_STRATEGIES);
/** One of {@link SIMULATED_STRATEGIES}. */
export type SimulatedStrategy = z.infer<typeof simulatedStrategySchema>;

/** One injected failure: how often it strikes a batch's attempt at a substage. */
export const failureRuleSchema = z
  .object({
    substage: substageSchema.describe('where it strikes'),
    kind: failureKindSchema.describe('what goes wrong'),
    rate: z.number().min(0).max(1).describe('chance per batch attempt, 0-1; for failures of the data (resource exhaustion, corruption, mapping and validation failures) per 1000 records of the batch'),
    tables: z.array(z.string().min(1)).optional().describe('only batches of these source tables; all when left out'),
  })
  .strict();

/** What to do after a transient failure. */
export const retryPolicySchema = z
  .object({
    maxAttempts: z.number().int().min(1).max(20).default(4).describe('attempts per substage, the first included'),
    baseDelaySeconds: z.number().min(0).max(3600).default(5).describe('wait before the first retry'),
    factor: z.number().min(1).max(10).default(2).describe('each further wait is this many times longer'),
    maxDelaySeconds: z.number().min(0).max(86_400).default(300).describe('no wait is longer than this'),
    jitter: z.number().min(0).max(1).default(0.2).describe('waits vary by up to this share either way'),
  })
  .strict();

/** How long a substage takes: a fixed cost per batch and a cost per record. */
export const substageTimingSchema = z
  .object({
    fixedSeconds: z.number().min(0).max(3600).optional(),
    perRecordMs: z.number().min(0).max(10_000).optional(),
  })
  .strict();

/** A simulation scenario: the data, the run's shape and what goes wrong. */
export const scenarioSchema = z
  .object({
    name: z.string().min(1).max(120).describe('shown in the scenario list'),
    description: z.string().max(2000).default('').describe('one or two sentences'),
    briefing: z.string().max(20_000).default('').describe('what the trainer tells the room before the run'),
    exercises: z.array(z.string().max(2000)).max(20).default([]).describe('questions for the participants'),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(42).describe('same seed, same data and same failures'),
    data: z
      .object({
        patients: z.number().int().min(1).max(200_000).default(2000),
        defectRate: z.number().min(0).max(1).default(0.03).describe('share of records with one defect'),
        defectKinds: z.record(z.string(), z.number().min(0)).optional().describe('relative weight per defect kind; 0 switches a kind off'),
      })
      .strict()
      .default({ patients: 2000, defectRate: 0.03 }),
    pipeline: z
      .object({
        batchSize: z.number().int().min(10).max(100_000).default(500),
        workers: z.number().int().min(1).max(32).default(4).describe('parallel workers (big bang always runs as one)'),
        strategies: z.array(simulatedStrategySchema).min(1).max(3).default(['staged', 'big_bang', 'parallel']),
        checkpointSeconds: z.number().min(0).max(3600).default(60).describe('staged: the pause to check and sign off each stage'),
      })
      .strict()
      .default({ batchSize: 500, workers: 4, strategies: ['staged', 'big_bang', 'parallel'], checkpointSeconds: 60 }),
    failures: z.array(failureRuleSchema).max(50).default([]),
    retry: retryPolicySchema.default({ maxAttempts: 4, baseDelaySeconds: 5, factor: 2, maxDelaySeconds: 300, jitter: 0.2 }),
    timing: z.partialRecord(substageSchema, substageTimingSchema).default({}).describe('overrides of the realistic default delays'),
    compression: z.number().min(1).max(100_000).default(600).describe('playback: simulated seconds per second'),
  })
  .strict();

/** A scenario as written, before defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;

/** A scenario the app offers, with where it comes from. */
export const scenarioEntrySchema = z.object({
  id: z.string().describe('pack/scenario'),
  file: z.string().describe('relative to the pack folder'),
  scenario: scenarioSchema,
});

/** A workshop's scenarios, built in or from the project's simulation/ folder. */
export const scenarioPackSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.string(),
  minutes: z.number().int().nullable(),
  builtIn: z.boolean(),
  scenarios: z.array(scenarioEntrySchema),
  /** Scenario files of the pack that could not be read, with where. */
  problems: z.array(projectProblemSchema),
});

const recordCounts = z.object({
  total: z.number().int(),
  loaded: z.number().int(),
  warned: z.number().int().describe('loaded, with a warning'),
  rejected: z.number().int().describe('refused by a check, with a reason'),
  failed: z.number().int().describe('in a batch that failed'),
  halted: z.number().int().describe('never finished: the run stopped first'),
  rolledBack: z.number().int(),
});

const patientCounts = z.object({
  total: z.number().int(),
  complete: z.number().int().describe('every record loaded'),
  warned: z.number().int(),
  partial: z.number().int().describe('the patient loaded, some activity not'),
  notMigrated: z.number().int().describe('the patient record itself not loaded'),
});

/** One strategy's simulated run. */
export const strategyResultSchema = z.object({
  strategy: simulatedStrategySchema,
  outcome: z.enum(['completed', 'completed_with_failures', 'halted', 'rolled_back']),
  seconds: z.number(),
  workers: z.number().int(),
  records: recordCounts,
  patients: patientCounts,
  batches: z.object({ total: z.number().int(), succeeded: z.number().int(), failed: z.number().int(), attempts: z.number().int(), retries: z.number().int() }),
  failures: z.array(
    z.object({ kind: failureKindSchema, substage: substageSchema, occurrences: z.number().int(), recovered: z.number().int(), permanent: z.number().int() }),
  ),
  substages: z.array(z.object({ substage: substageSchema, busySeconds: z.number().describe('successful work; failed attempts count as lost'), failures: z.number().int() })),
  lost: z.object({ failedAttempts: z.number(), backoff: z.number(), lockWait: z.number(), checkpoints: z.number(), rollback: z.number() }),
  utilisation: z.number().describe('busy share of the workers over the run'),
  progress: z.array(z.object({ t: z.number(), loaded: z.number().int(), done: z.number().int() })),
  events: z.array(z.object({ t: z.number(), level: z.enum(['info', 'warning', 'error']), text: z.string() })),
  grid: z.object({
    patients: z.number().int().describe('patients shown (every stride-th)'),
    stride: z.number().int(),
    frames: z.array(z.object({ t: z.number(), statuses: z.string().describe('one letter per patient shown') })),
  }),
});

/** Advice drawn from the runs. */
export const recommendationSchema = z.object({
  level: z.enum(['info', 'warning', 'critical']),
  title: z.string(),
  detail: z.string(),
});

/** A whole simulation: the workload, each strategy's run, the advice and a batch-size estimate. */
export const simulationResultSchema = z.object({
  scenario: scenarioSchema,
  workload: z.object({
    patients: z.number().int(),
    records: z.number().int(),
    tables: z.array(z.object({ name: z.string(), records: z.number().int(), batches: z.number().int() })),
    defects: z.array(z.object({ kind: z.string(), count: z.number().int(), substage: substageSchema, outcome: z.enum(['reject', 'warn']) })),
    orphans: z.number().int().describe('activity records of no patient'),
  }),
  strategies: z.array(strategyResultSchema),
  best: simulatedStrategySchema,
  recommendations: z.array(recommendationSchema),
  batchSizes: z.array(z.object({ batchSize: z.number().int(), seconds: z.number(), completeShare: z.number(), recommended: z.boolean() })),
  millis: z.number(),
});

/** An estimate of a real run of the open project. */
export const runEstimateSchema = z.object({
  basis: z.enum(['measured', 'none']).describe('measured: from the newest finished run; none: no run to measure yet'),
  basisRunId: z.string().nullable(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int(), seconds: z.number().nullable() })),
  rows: z.number().int(),
  seconds: z.number().nullable(),
  batchSize: z.number().int().describe('the project batch size'),
  suggestedBatchSize: z.number().int().nullable(),
  batches: z.number().int(),
  note: z.string(),
});

/** The letters of a patient's status in a grid frame. */
export const PATIENT_STATUS_LETTERS = {
  w: 'waiting',
  p: 'in progress',
  c: 'complete',
  a: 'loaded with a warning',
  x: 'partly migrated',
  r: 'not migrated (rejected)',
  f: 'failed',
  h: 'halted',
  b: 'rolled back',
} as const;

/** A scenario pack as the app lists it. */
export type ScenarioPack = z.infer<typeof scenarioPackSchema>;
/** One strategy's simulated run. */
export type StrategyResult = z.infer<typeof strategyResultSchema>;
/** One piece of advice. */
export type Recommendation = z.infer<typeof recommendationSchema>;
/** A whole simulation. */
export type SimulationResult = z.infer<typeof simulationResultSchema>;
/** An estimate of a real run. */
export type RunEstimate = z.infer<typeof runEstimateSchema>;
