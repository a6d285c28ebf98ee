import { SUBSTAGES, type FailureKind, type Scenario, type Substage } from '../../../preload/contract';
import { Prng } from '../synth/prng';
import { batchRecords, type Batch } from './batches';
import { DEFAULT_TIMING, FAILURE_BEHAVIOUR, type Timing } from './substage-model';

// Separate streams, so adding a failure rule does not change the delays, and the reverse.
const DELAY_STREAM = 1;
const FAILURE_STREAM = 2;
const BACKOFF_STREAM = 3;

/**
 * The scenario's chance: how long each attempt takes, whether a failure strikes it and
 * how long to wait before trying again. Every draw is keyed by the seed, the batch, the
 * substage and the attempt, never by the order of asking, so every strategy meets the
 * same world: batch 7's second attempt at loading fails in each of them or in none.
 */
export class FailureDraws {
  private readonly timing: Record<Substage, Timing>;

  constructor(private readonly scenario: Scenario) {
    this.timing = Object.fromEntries(
      SUBSTAGES.map((s) => [s, { ...DEFAULT_TIMING[s], ...stripUndefined(scenario.timing[s] ?? {}) }]),
    ) as Record<Substage, Timing>;
  }

  /** Seconds a substage's work takes for some records, with the natural spread of real runs. */
  seconds(substage: Substage, records: number, key: number, attempt: number): number {
    const { fixedSeconds, perRecordMs } = this.timing[substage];
    const base = fixedSeconds + (perRecordMs * records) / 1000;
    const rng = new Prng(this.scenario.seed, DELAY_STREAM, key, SUBSTAGES.indexOf(substage), attempt);
    // Log-normal spread (sigma 0.12): mostly within 25% of the typical time, now and then slower.
    const normal = Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
    return base * Math.exp(0.12 * normal);
  }

  /**
   * The failure that strikes a unit's attempt at a substage, if any; the first rule to
   * strike wins. A rule about the data is drawn for each batch the unit carries (a big
   * bang meets them all); a rule about the operation is drawn once, under the unit's key,
   * which for a single batch is the batch's own index, so both ways agree on a batch.
   */
  strike(members: readonly Batch[], unitKey: number, substage: Substage, attempt: number): FailureKind | null {
    const at = SUBSTAGES.indexOf(substage);
    for (const [ruleIndex, rule] of this.scenario.failures.entries()) {
      if (rule.substage !== substage) continue;
      const hit = members.filter((b) => !rule.tables || rule.tables.includes(b.tableName));
      if (hit.length === 0) continue;
      const behaviour = FAILURE_BEHAVIOUR[rule.kind];
      const draw = (key: number, records: number) => {
        const chance = behaviour.perData ? Math.min(0.95, (rule.rate * records) / 1000) : rule.rate;
        return new Prng(this.scenario.seed, FAILURE_STREAM, key, at, attempt, ruleIndex).float() < chance;
      };
      const struck = behaviour.perData ? hit.some((b) => draw(b.index, batchRecords(b))) : draw(unitKey, 0);
      if (struck) return rule.kind;
    }
    return null;
  }

  /** The wait before attempt `attempt + 1`: exponential backoff, capped, with jitter. */
  backoff(key: number, substage: Substage, attempt: number): number {
    const { baseDelaySeconds, factor, maxDelaySeconds, jitter } = this.scenario.retry;
    const plain = Math.min(maxDelaySeconds, baseDelaySeconds * factor ** (attempt - 1));
    const u = new Prng(this.scenario.seed, BACKOFF_STREAM, key, SUBSTAGES.indexOf(substage), attempt).float();
    return Math.max(0, plain * (1 + jitter * (2 * u - 1)));
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
