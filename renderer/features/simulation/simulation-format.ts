import type { FailureKind, SimulatedStrategy, StrategyResult } from '../../../preload/contract';
import { PATIENT_STATUS_LETTERS } from '../../../preload/contract';

/** How each strategy is named on screen. */
export const STRATEGY_LABELS: Record<SimulatedStrategy, string> = { staged: 'Staged', big_bang: 'Big bang', parallel: 'Parallel' };

/** One line on what each strategy does, for the set-up and the comparison. */
export const STRATEGY_HINTS: Record<SimulatedStrategy, string> = {
  staged: 'Each stage for every batch, then a checkpoint, then the next stage.',
  big_bang: 'Everything in one pass, all or nothing.',
  parallel: 'Batches carried through every stage by parallel workers.',
};

/** Each strategy's colour in charts, the same everywhere. */
export const STRATEGY_COLOURS: Record<SimulatedStrategy, string> = { staged: '#4a5b7a', big_bang: '#b26a00', parallel: '#0f6b78' };

/** How each failure kind is named on screen. */
export const FAILURE_LABELS: Record<FailureKind, string> = {
  network_timeout: 'Network timeout',
  system_unavailable: 'System unavailable',
  resource_exhaustion: 'Resource exhaustion',
  data_corruption: 'Data corruption',
  mapping_error: 'Mapping error',
  validation_failure: 'Validation failure',
  security_violation: 'Security violation',
};

/** What happens after each failure kind, for the failure editor. */
export const FAILURE_HINTS: Record<FailureKind, string> = {
  network_timeout: 'Fails after 30 s; retried with backoff.',
  system_unavailable: 'Refused at once; retried with backoff.',
  resource_exhaustion: 'Grows with batch size; retried with backoff.',
  data_corruption: 'Grows with batch size; the batch is read again.',
  mapping_error: 'Fails the batch: it needs a fix, not a retry.',
  validation_failure: 'Fails the batch: it needs a fix, not a retry.',
  security_violation: 'Stops the whole run at once.',
};

/** A patient-grid letter's colour, and its name from the contract. */
export const STATUS_COLOURS: Record<keyof typeof PATIENT_STATUS_LETTERS, string> = {
  w: '#e4e9ed',
  p: '#8fb8d8',
  c: '#2e7d4f',
  a: '#8bc34a',
  x: '#e0a32e',
  r: '#b3261e',
  f: '#6d1b7b',
  h: '#5c6b75',
  b: '#1c2a33',
};

/** The outcome of a strategy's run, as a chip says it. */
export function outcomeLabel(outcome: StrategyResult['outcome']): { label: string; colour: 'success' | 'warning' | 'error' } {
  switch (outcome) {
    case 'completed':
      return { label: 'Completed', colour: 'success' };
    case 'completed_with_failures':
      return { label: 'Completed with failures', colour: 'warning' };
    case 'halted':
      return { label: 'Stopped', colour: 'error' };
    default:
      return { label: 'Rolled back', colour: 'error' };
  }
}

/** Patients moved whole (every record loaded, warnings allowed), as a share. */
export function wholeShare(run: StrategyResult): number {
  return (run.patients.complete + run.patients.warned) / Math.max(1, run.patients.total);
}

/** A share as a percentage with one decimal. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A simulated clock reading, `h:mm:ss`. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
