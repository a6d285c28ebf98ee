import { NHS_TEST_RANGE_PREFIX, completeNhsNumber } from '../identifiers/nhs-number';
import { Prng } from './prng';

/** The six free digits after a three-digit prefix (the tenth digit is the check). */
const BLOCK = 1_000_000;

/** How many three-digit prefixes are used: 999 first, then 998 down to 900. */
const BLOCKS = 100;

/** Multipliers that share no factor with 10^6 (odd, not a multiple of 5), so `a·x mod 10^6` is a bijection. */
const MULTIPLIERS = [736_879, 265_443, 913_727, 582_913, 314_159, 867_531, 123_457, 618_033] as const;

/**
 * Hands out distinct, valid NHS numbers from ranges never issued to patients, in a
 * seeded, scrambled order. The test range (`999…`) holds only ~909,000 valid numbers, so
 * larger datasets continue into `998…` down to `900…`: numbers starting with 9 are not
 * issued in England, Wales or the Isle of Man (issued ranges start 3–7). Each number is
 * the image of a counter under a fixed bijection of the six free digits, so numbers never
 * repeat and no set of used numbers is kept: memory stays constant at any size. About one
 * body in eleven has no check digit and is skipped.
 */
export class NhsNumberAllocator {
  private counter = 0;
  private readonly a1: number;
  private readonly b1: number;
  private readonly a2: number;
  private readonly b2: number;

  /** Scrambles the order from a seeded source. */
  constructor(rng: Prng) {
    this.a1 = rng.pick(MULTIPLIERS);
    this.a2 = rng.pick(MULTIPLIERS);
    this.b1 = rng.below(BLOCK);
    this.b2 = rng.below(BLOCK);
  }

  /** The next unused valid number. */
  next(): string {
    for (;;) {
      const block = Math.floor(this.counter / BLOCK);
      if (block >= BLOCKS) throw new RangeError('no unused synthetic NHS numbers are left');
      const prefix = String(Number(NHS_TEST_RANGE_PREFIX) - block);
      const body = prefix + String(this.scramble(this.counter % BLOCK)).padStart(6, '0');
      this.counter++;
      const number = completeNhsNumber(body);
      if (number !== null) return number;
    }
  }

  /** affine → swap the two halves of the digits → affine: each step is a bijection on [0, 10^6), so the whole is. */
  private scramble(x: number): number {
    const y = (this.a1 * x + this.b1) % BLOCK;
    const swapped = (y % 1000) * 1000 + Math.floor(y / 1000);
    return (this.a2 * swapped + this.b2) % BLOCK;
  }
}
