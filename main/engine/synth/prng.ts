/**
 * A small, fast, seeded random source. sfc32 keeps 128 bits of state and passes
 * PractRand; its state is filled through splitmix32 so that neighbouring seeds (patient
 * 41, patient 42) give unrelated streams. Nothing here touches Math.random or the clock,
 * so the same keys always give the same numbers on every machine.
 */

const TWO_POW_32 = 4_294_967_296;

/** One step of splitmix32: scrambles a 32-bit value into a well-mixed one. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Folds a list of non-negative safe integers (a dataset seed, a patient index, a stream
 * number) into one 32-bit key. Values above 2^32 contribute both halves, so large seeds
 * do not collide with small ones.
 */
export function deriveKey(...parts: number[]): number {
  let h = 0x2545f491;
  for (const part of parts) {
    const low = part % TWO_POW_32 >>> 0;
    const high = Math.floor(part / TWO_POW_32) >>> 0;
    h = mix32(h ^ low);
    h = mix32(h ^ high);
  }
  return h;
}

/** A seeded pseudo-random source with the draws the generator needs. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Starts a stream from one or more integer keys (see {@link deriveKey}). */
  constructor(...keys: number[]) {
    let s = deriveKey(...keys);
    this.a = s = mix32(s);
    this.b = s = mix32(s);
    this.c = s = mix32(s);
    this.d = mix32(s);
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The next raw 32-bit unsigned value. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** An integer in [0, exclusiveMax). */
  below(exclusiveMax: number): number {
    return Math.floor(this.float() * exclusiveMax);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.below(items.length)]!;
  }

  /** A string of `length` decimal digits (leading zeros kept). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(48 + this.below(10));
    return out;
  }
}

/**
 * A fixed list of choices with relative weights, prepared once so each draw is a binary
 * search rather than a scan.
 */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  /** Builds the table from `[item, weight]` pairs; zero weights are dropped. */
  constructor(entries: readonly (readonly [T, number])[]) {
    let running = 0;
    for (const [item, weight] of entries) {
      if (!(weight >= 0)) throw new RangeError('weights must be non-negative numbers');
      if (weight === 0) continue;
      running += weight;
      this.items.push(item);
      this.cumulative.push(running);
    }
    if (running === 0) throw new RangeError('a weighted table needs at least one positive weight');
    this.total = running;
  }

  /** Builds a table whose weights fall with rank (1 / (rank + 2)), for lists ordered most common first. */
  static byRank<T>(items: readonly T[]): WeightedTable<T> {
    return new WeightedTable(items.map((item, rank) => [item, 1 / (rank + 2)] as const));
  }

  /** Draws one item. */
  pick(rng: Prng): T {
    const target = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
