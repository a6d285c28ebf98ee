/**
 * A HyperLogLog distinct counter (Flajolet et al. 2007) over 32-bit hashes: 2^14 one-byte
 * registers (16 KiB), a standard error of about 0.8%, linear counting for small sets and
 * the 32-bit large-range correction. Hashes must be well mixed (see value-shape's fmix32).
 */
export class HyperLogLog {
  private readonly registers: Uint8Array;
  private readonly m: number;

  constructor(private readonly precision = 14) {
    this.m = 1 << precision;
    this.registers = new Uint8Array(this.m);
  }

  /** Adds one 32-bit hash. */
  add(hash: number): void {
    const index = hash >>> (32 - this.precision);
    // The remaining bits, with a sentinel so an all-zero tail still has a finite rank.
    const rest = ((hash << this.precision) | (1 << (this.precision - 1))) >>> 0;
    const rank = Math.clz32(rest) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  /** The estimated number of distinct hashes added. */
  estimate(): number {
    const m = this.m;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = (alpha * m * m) / sum;
    if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
    const two32 = 2 ** 32;
    if (raw > two32 / 30) return -two32 * Math.log(1 - raw / two32);
    return raw;
  }
}
