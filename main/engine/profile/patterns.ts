import { scanValue, ValueShape } from './value-shape';

interface Slot {
  hash: number;
  pattern: string;
  count: number;
  next: Slot | null;
}

/**
 * Counts the patterns of a column, looked up by the hash the scan already computed and
 * checked symbol by symbol, so that no pattern string is built for a value whose pattern
 * has been seen. Bounded like `FrequentValues` (Misra-Gries): past `2 × capacity`
 * patterns the smallest counts are decremented away, so counts are lower bounds.
 */
export class PatternCounter {
  private readonly slots = new Map<number, Slot>();
  private size = 0;
  /** The slot last counted: most columns have one dominant pattern, found without a lookup. */
  private last: Slot | null = null;

  constructor(private readonly capacity: number) {}

  /** Counts `weight` more of the pattern in `shape`. */
  add(shape: ValueShape, weight: number): void {
    const last = this.last;
    if (last !== null && last.hash === shape.patternHash && samePattern(last.pattern, shape)) {
      last.count += weight;
      return;
    }
    const head = this.slots.get(shape.patternHash);
    for (let slot: Slot | null = head ?? null; slot !== null; slot = slot.next) {
      if (samePattern(slot.pattern, shape)) {
        slot.count += weight;
        this.last = slot;
        return;
      }
    }
    const pattern = String.fromCharCode(...shape.pattern.subarray(0, shape.patternLength));
    const slot: Slot = { hash: shape.patternHash, pattern, count: weight, next: head ?? null };
    this.slots.set(shape.patternHash, slot);
    this.last = slot;
    if (++this.size > 2 * this.capacity) this.prune();
  }

  /** The `n` most frequent patterns with their (lower-bound) counts, largest first. */
  top(n: number): { pattern: string; count: number }[] {
    const all: { pattern: string; count: number }[] = [];
    for (const head of this.slots.values()) {
      for (let slot: Slot | null = head; slot !== null; slot = slot.next) all.push({ pattern: slot.pattern, count: slot.count });
    }
    return all.sort((a, b) => b.count - a.count || (a.pattern < b.pattern ? -1 : 1)).slice(0, n);
  }

  private prune(): void {
    const counts: number[] = [];
    for (const head of this.slots.values()) for (let slot: Slot | null = head; slot !== null; slot = slot.next) counts.push(slot.count);
    counts.sort((a, b) => b - a);
    const cut = counts[this.capacity]!;
    this.size = 0;
    this.last = null;
    for (const [hash, head] of this.slots) {
      let kept: Slot | null = null;
      for (let slot: Slot | null = head; slot !== null; ) {
        const next: Slot | null = slot.next;
        if (slot.count > cut) {
          slot.count -= cut;
          slot.next = kept;
          kept = slot;
          this.size++;
        }
        slot = next;
      }
      if (kept === null) this.slots.delete(hash);
      else this.slots.set(hash, kept);
    }
  }
}

function samePattern(pattern: string, shape: ValueShape): boolean {
  const length = shape.patternLength;
  if (pattern.length !== length) return false;
  const symbols = shape.pattern;
  for (let i = 0; i < length; i++) if (pattern.charCodeAt(i) !== symbols[i]) return false;
  return true;
}

const scratch = new ValueShape();

/**
 * The pattern of a value: letters become `A`, digits `9`, anything else stays; a run of
 * more than 12 of one symbol is written as the symbol and `+`; past 24 symbols the
 * pattern is cut and ends with `…`. `B15 2TH` → `A99 9AA`.
 */
export function valuePattern(value: string): string {
  scanValue(value, scratch);
  return String.fromCharCode(...scratch.pattern.subarray(0, scratch.patternLength));
}
