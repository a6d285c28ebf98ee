import { kthLargest } from './select';

const DOOR_SLOTS = 1 << 16;

/** A value with its (lower-bound) count. */
export interface Counted {
  key: string;
  count: number;
}

/**
 * The most frequent values of a stream in bounded memory: Misra-Gries with weights and
 * batched decrements. At most `2 × capacity` counters are held; when that fills, the
 * (capacity + 1)-th largest count is taken from every counter and the empty ones are
 * dropped. A reported count is never above the true count and falls short by at most
 * `total weight / (capacity + 1)`, so a count that passes the minimum cell count really
 * does; a space-saving counter overestimates and could let a small count through.
 *
 * The counters live in an open-addressing table keyed by the hash the value scan already
 * computed, with typed arrays for hashes and counts: a near-unique column inserts and
 * drops a counter per row, and a `Map` made that the profiler's largest cost.
 */
export class FrequentValues {
  private readonly mask: number;
  private hashes: Int32Array;
  private counts: Float64Array;
  private values: string[];
  /** A second table, swapped in by a prune, so pruning allocates nothing. */
  private spare: { hashes: Int32Array; counts: Float64Array; values: string[] };
  private size = 0;
  private readonly scratch: Float64Array;
  /** Hashes seen once and not yet counted: see {@link addOne}. */
  private readonly doorHashes = new Int32Array(DOOR_SLOTS);
  private readonly doorUsed = new Uint8Array(DOOR_SLOTS);
  /** The total taken from every counter so far: the most any count falls short by. */
  undercount = 0;

  constructor(private readonly capacity: number) {
    let slots = 1;
    while (slots < 4 * capacity + 4) slots *= 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.counts = new Float64Array(slots);
    this.values = new Array<string>(slots).fill('');
    this.spare = { hashes: new Int32Array(slots), counts: new Float64Array(slots), values: new Array<string>(slots).fill('') };
    this.scratch = new Float64Array(2 * capacity + 1);
  }

  /**
   * Counts one more of `value` (non-empty), whose 32-bit hash is `hash`. A value not yet
   * counted only leaves its hash at a doorkeeper slot (TinyLFU's trick); it gets a counter,
   * worth both sightings, when it comes again before another hash takes the slot. So a
   * near-unique column keeps no strings alive (holding one per row until the next prune
   * made the garbage collector copy every value), and a dropped sighting only lowers a
   * count, which stays a lower bound.
   */
  addOne(value: string, hash: number): void {
    const h = hash | 0;
    const at = this.find(value, h);
    if (at >= 0) {
      this.counts[at]!++;
      return;
    }
    const door = h >>> 16;
    if (this.doorUsed[door] === 0 || this.doorHashes[door] !== h) {
      this.doorHashes[door] = h;
      this.doorUsed[door] = 1;
      return;
    }
    this.doorUsed[door] = 0;
    this.insert(value, h, 2, ~at);
  }

  /** Counts `weight` more of `value` (non-empty), whose 32-bit hash is `hash`. */
  add(value: string, hash: number, weight: number): void {
    const h = hash | 0;
    const at = this.find(value, h);
    if (at >= 0) this.counts[at]! += weight;
    else this.insert(value, h, weight, ~at);
  }

  /** The slot holding `value`, or `~slot` for the empty slot where it would go. */
  private find(value: string, h: number): number {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const held = this.values[i]!;
      if (held === '') return ~i;
      if (this.hashes[i] === h && held === value) return i;
    }
  }

  private insert(value: string, h: number, weight: number, slot: number): void {
    this.values[slot] = value;
    this.hashes[slot] = h;
    this.counts[slot] = weight;
    if (++this.size > 2 * this.capacity) this.prune();
  }

  /** The `n` largest counts, largest first (ties by value, for stable output). */
  top(n: number): Counted[] {
    const all: Counted[] = [];
    for (let i = 0; i <= this.mask; i++) if (this.values[i] !== '') all.push({ key: this.values[i]!, count: this.counts[i]! });
    return all.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, n);
  }

  private prune(): void {
    let n = 0;
    for (let i = 0; i <= this.mask; i++) if (this.values[i] !== '') this.scratch[n++] = this.counts[i]!;
    const cut = kthLargest(this.scratch, n, this.capacity);
    const { values, hashes, counts } = this;
    this.values = this.spare.values;
    this.hashes = this.spare.hashes;
    this.counts = this.spare.counts;
    this.spare = { values, hashes, counts };
    this.size = 0;
    for (let i = 0; i <= this.mask; i++) {
      if (values[i] !== '' && counts[i]! > cut) this.add(values[i]!, hashes[i]!, counts[i]! - cut);
      values[i] = '';
    }
    this.undercount += cut;
  }
}
