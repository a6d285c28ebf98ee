import { GATE_METRICS, type GateMetric, type GateResult, type GateVerdict } from '../../../preload/contract/gate-schemas';
import type { GatesConfig } from '../quality/gates-schema';
import { UserError } from '../errors';
import type { Measure } from './measure-run';

/** A waiver as the store keeps it. */
export interface Waiver {
  metric: string;
  reason: string;
  by: string;
  at: string;
}

/**
 * Judges a run against one gate profile: each threshold (min, max or both) passes, fails,
 * or is waived (a failing gate with a waiver that names who and why). A gate whose measure
 * is missing fails: what cannot be shown has not been shown. The verdict is PASS only when
 * no gate fails.
 */
export function evaluateProfile(
  config: GatesConfig,
  profile: string,
  measures: Record<GateMetric, Measure>,
  waivers: readonly Waiver[],
  runId: string,
  now = new Date(),
): GateVerdict {
  const entry = config.profiles[profile];
  if (!entry) {
    throw new UserError(`no gate profile named "${profile}"; profiles: ${Object.keys(config.profiles).join(', ') || 'none'}`, { file: 'quality/gates.yaml', field: 'profile' }, 'NOT_FOUND');
  }
  const gates: GateResult[] = GATE_METRICS.filter((m) => entry.thresholds[m]).map((metric) => {
    const threshold = entry.thresholds[metric]!;
    const { value, evidence } = measures[metric];
    const ok = value !== null && (threshold.min === undefined || value >= threshold.min) && (threshold.max === undefined || value <= threshold.max);
    const waiver = ok ? undefined : waivers.find((w) => w.metric === metric);
    return {
      metric,
      min: threshold.min ?? null,
      max: threshold.max ?? null,
      value,
      evidence,
      outcome: ok ? 'pass' : waiver ? 'waived' : 'fail',
      waiver: waiver ? { reason: waiver.reason, by: waiver.by, at: waiver.at } : null,
    };
  });
  return {
    profile,
    description: entry.description ?? null,
    runId,
    evaluatedAt: now.toISOString(),
    verdict: gates.some((g) => g.outcome === 'fail') ? 'FAIL' : 'PASS',
    gates,
  };
}
