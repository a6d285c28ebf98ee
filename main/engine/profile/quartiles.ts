import { LogCollapsingLowestDenseDDSketch } from '@datadog/sketches-js';

/** First quartile, median and third quartile. */
export type Quartiles = [number, number, number];

const QUARTILES = [0.25, 0.5, 0.75] as const;

/**
 * Exact quartiles of weighted values (each value with how often it occurs), by linear
 * interpolation between the ranks around `q × (n − 1)`: the same rule DDSketch follows,
 * so exact and sketched answers agree up to the sketch's accuracy. Null when empty.
 */
export function exactQuartiles(values: readonly number[], weights: readonly number[]): Quartiles | null {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let total = 0;
  for (const w of weights) total += w;
  if (total === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const i of order) {
      seen += weights[i]!;
      if (seen > rank) return values[i]!;
    }
    return values[order[order.length - 1]!]!;
  };
  return QUARTILES.map((q) => {
    const rank = q * (total - 1);
    const below = Math.floor(rank);
    const low = at(below);
    return below === rank ? low : low + (at(below + 1) - low) * (rank - below);
  }) as Quartiles;
}

/**
 * Quartiles of a stream too large to hold: a DDSketch with 1% relative accuracy whose
 * lowest buckets collapse past 2048, so its memory is bounded whatever the values.
 */
export class QuartileSketch {
  private readonly sketch = new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: 0.01, binLimit: 2048 });

  /** Adds a value `weight` times. */
  add(value: number, weight: number): void {
    this.sketch.accept(value, weight);
  }

  /** The estimated quartiles; null when nothing was added. */
  quartiles(): Quartiles | null {
    if (this.sketch.count === 0) return null;
    return QUARTILES.map((q) => this.sketch.getValueAtQuantile(q)) as Quartiles;
  }
}
