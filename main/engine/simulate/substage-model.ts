import { SUBSTAGES, type FailureKind, type Stage, type Substage } from '../../../preload/contract';

/** How long a substage takes: a fixed cost per batch and a cost per record. */
export interface Timing {
  fixedSeconds: number;
  perRecordMs: number;
}

/**
 * Realistic defaults for a hospital PAS migration: a legacy database read over an ODBC
 * link, a mapping engine, checks, and a production target that takes one writer at a
 * time. A couple of thousand patients take a simulated quarter of an hour or so; a
 * hundred thousand, most of a night.
 */
export const DEFAULT_TIMING: Readonly<Record<Substage, Timing>> = {
  'extract.connect': { fixedSeconds: 4, perRecordMs: 0 },
  'extract.query': { fixedSeconds: 6, perRecordMs: 54 },
  'extract.export': { fixedSeconds: 1, perRecordMs: 14.4 },
  'transform.parse': { fixedSeconds: 0.5, perRecordMs: 7.2 },
  'transform.map': { fixedSeconds: 0.5, perRecordMs: 21.6 },
  'transform.standardize': { fixedSeconds: 0.5, perRecordMs: 10.8 },
  'validate.schema_check': { fixedSeconds: 0.5, perRecordMs: 5.4 },
  'validate.business_rules': { fixedSeconds: 1, perRecordMs: 18 },
  'validate.data_integrity': { fixedSeconds: 3, perRecordMs: 10.8 },
  'load.staging': { fixedSeconds: 2, perRecordMs: 18 },
  'load.production': { fixedSeconds: 5, perRecordMs: 45 },
  'load.verification': { fixedSeconds: 2, perRecordMs: 9 },
};

/** The substage that writes the production target: one writer at a time, whatever the workers. */
export const SINGLE_WRITER: Substage = 'load.production';

/** The stage a substage belongs to. */
export function stageOf(substage: Substage): Stage {
  return substage.slice(0, substage.indexOf('.')) as Stage;
}

/** The substages of one stage, in order. */
export function substagesOf(stage: Stage): Substage[] {
  return SUBSTAGES.filter((s) => stageOf(s) === stage);
}

/**
 * How a failure behaves. `transient` ones are retried after a wait; `rework` ones send the
 * batch back to be read again; `permanent` ones fail the batch (retrying cannot help: the
 * mapping or the data needs fixing); `fatal` stops the whole run.
 */
export interface FailureBehaviour {
  kind: 'transient' | 'rework' | 'permanent' | 'fatal';
  /** How long the failed attempt runs before it fails: seconds, or a share of the substage's work. */
  failAfter: { seconds: number } | { share: number };
  /**
   * Whether it strikes the data (a slice the mapping cannot handle, a corrupt block, a
   * batch too big for memory) rather than an operation (a connection, a session). Its
   * rate is then per 1000 records, so a big batch meets it more often, and a big bang,
   * which carries all the data at once, meets every slice's; a big bang makes only one
   * connection, though.
   */
  perData: boolean;
  /** What a trainer reads about it. */
  label: string;
}

/** Each failure kind's behaviour. */
export const FAILURE_BEHAVIOUR: Readonly<Record<FailureKind, FailureBehaviour>> = {
  network_timeout: { kind: 'transient', failAfter: { seconds: 30 }, perData: false, label: 'network timeout' },
  system_unavailable: { kind: 'transient', failAfter: { seconds: 2 }, perData: false, label: 'system unavailable' },
  resource_exhaustion: { kind: 'transient', failAfter: { share: 0.7 }, perData: true, label: 'resource exhaustion' },
  data_corruption: { kind: 'rework', failAfter: { share: 1 }, perData: true, label: 'data corruption' },
  mapping_error: { kind: 'permanent', failAfter: { share: 0.5 }, perData: true, label: 'mapping error' },
  validation_failure: { kind: 'permanent', failAfter: { share: 1 }, perData: true, label: 'validation failure' },
  security_violation: { kind: 'fatal', failAfter: { share: 0.3 }, perData: false, label: 'security violation' },
};

/** Where a corrupted batch goes back to: it is read from the source again. */
export const REWORK_FROM: Substage = 'extract.query';

/** Rolling back a big-bang load: a fixed cost and a cost per record written so far. */
export const ROLLBACK_TIMING: Timing = { fixedSeconds: 120, perRecordMs: 7.2 };
