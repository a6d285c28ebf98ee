import type { CellValue } from '../connectors/connector';
import * as chars from './char-class';
import { FrequentValues, type Counted } from './frequent-values';
import { HyperLogLog } from './hyperloglog';
import type { ProfileOptions } from './profile-options';
import { PatternCounter } from './patterns';
import { exactQuartiles, QuartileSketch, type Quartiles } from './quartiles';
import { RangeTracker } from './range-tracker';
import { FIT, FIT_COUNT, scanValue, ValueShape } from './value-shape';

// Module-local copies keep import-binding loads out of the per-value path.
const charClass = chars.charClass;
const SPACE = chars.SPACE;
const NUMBER_MASK = 1 << FIT.decimal;
const TEMPORAL_MASK = (1 << FIT.date) | (1 << FIT.datetime);

/** What one column holds, before any suppression: never exported as it is. */
export interface ColumnStats {
  name: string;
  rows: number;
  empty: number;
  /** How many non-empty values fit each of {@link FIT}, indexed by it. */
  fit: number[];
  distinct: number;
  distinctExact: boolean;
  ranges: RangeTracker;
  quartiles: Quartiles | null;
  top: Counted[];
  /** Every pattern still counted (the most frequent first), for identifier checks. */
  patterns: { pattern: string; count: number }[];
}

/**
 * Profiles one column in one pass with memory bounded whatever the row count. Until
 * `exactLimit` distinct values are seen, each value is only counted in a map (most
 * columns never leave this mode, and a repeated value costs one lookup); the distinct
 * values are scanned once, weighted by their counts, at the end. Past the limit the
 * column switches to sketches: HyperLogLog for distinct, Misra-Gries for top values,
 * DDSketch for quartiles, and every value is scanned as it comes.
 */
export class ColumnProfiler {
  private rows = 0;
  private empty = 0;
  private index: Map<string, number> | null = new Map();
  private keys: string[] = [];
  private counts: number[] = [];
  private hll: HyperLogLog | null = null;
  private frequent: FrequentValues | null = null;
  private sketch: QuartileSketch | null = null;
  private readonly numbers: number[] = [];
  private readonly numberWeights: number[] = [];
  private readonly fit = new Float64Array(FIT_COUNT);
  private readonly shape = new ValueShape();
  private readonly ranges = new RangeTracker();
  private readonly patterns: PatternCounter;

  constructor(
    readonly name: string,
    private readonly options: ProfileOptions,
  ) {
    this.patterns = new PatternCounter(options.patternCapacity);
  }

  /** Counts rows that did not have this column at all (it appeared later in the stream). */
  addMissing(rows: number): void {
    this.rows += rows;
    this.empty += rows;
  }

  /** Profiles this column of a batch of rows. */
  addColumn(rows: readonly { values: Record<string, CellValue> }[]): void {
    const name = this.name;
    for (let i = 0; i < rows.length; i++) this.add(rows[i]!.values[name]);
  }

  /** Profiles one value; null, undefined, empty and whitespace-only values count as empty. */
  add(cell: CellValue | undefined): void {
    this.rows++;
    if (cell === null || cell === undefined) {
      this.empty++;
      return;
    }
    const value = typeof cell === 'string' ? cell : String(cell);
    if (value.length === 0 || (charClass(value.charCodeAt(0)) === SPACE && value.trim().length === 0)) {
      this.empty++;
      return;
    }
    const index = this.index;
    if (index !== null) {
      const at = index.get(value);
      if (at !== undefined) {
        this.counts[at]!++;
        return;
      }
      if (index.size < this.options.exactLimit) {
        index.set(value, this.keys.length);
        this.keys.push(value);
        this.counts.push(1);
        return;
      }
      this.switchToSketches();
    }
    this.observe(value, 1);
  }

  /** The column's statistics; call once, after the last value. */
  finish(): ColumnStats {
    const exact = this.index !== null;
    if (exact) for (let i = 0; i < this.keys.length; i++) this.observe(this.keys[i]!, this.counts[i]!);
    const top = exact ? this.exactTop() : this.frequent!.top(this.options.topN);
    return {
      name: this.name,
      rows: this.rows,
      empty: this.empty,
      fit: Array.from(this.fit),
      distinct: exact ? this.keys.length : Math.round(this.hll!.estimate()),
      distinctExact: exact,
      ranges: this.ranges,
      quartiles: exact ? exactQuartiles(this.numbers, this.numberWeights) : this.sketch!.quartiles(),
      top,
      patterns: this.patterns.top(Infinity),
    };
  }

  /** Scans a value seen `weight` times and adds it to every summary. */
  private observe(value: string, weight: number): void {
    const shape = this.shape;
    scanValue(value, shape);
    const mask = shape.mask;
    for (let bits = mask; bits !== 0; bits &= bits - 1) this.fit[31 - Math.clz32(bits & -bits)]! += weight;
    this.ranges.addText(value);
    if ((mask & NUMBER_MASK) !== 0) {
      this.ranges.addNumber(shape.number, value);
      if (this.sketch !== null) this.sketch.add(shape.number, weight);
      else {
        this.numbers.push(shape.number);
        this.numberWeights.push(weight);
      }
    }
    if ((mask & TEMPORAL_MASK) !== 0) this.ranges.addTemporal(shape.ordinal, value);
    this.patterns.add(shape, weight);
    if (this.hll !== null) {
      this.hll.add(shape.hash);
      if (weight === 1) this.frequent!.addOne(value, shape.hash);
      else this.frequent!.add(value, shape.hash, weight);
    }
  }

  private switchToSketches(): void {
    this.hll = new HyperLogLog();
    this.frequent = new FrequentValues(this.options.topCapacity);
    this.sketch = new QuartileSketch();
    const keys = this.keys;
    const counts = this.counts;
    this.index = null;
    this.keys = [];
    this.counts = [];
    for (let i = 0; i < keys.length; i++) this.observe(keys[i]!, counts[i]!);
  }

  private exactTop(): Counted[] {
    const order = this.keys.map((_, i) => i);
    order.sort((a, b) => this.counts[b]! - this.counts[a]! || (this.keys[a]! < this.keys[b]! ? -1 : 1));
    return order.slice(0, this.options.topN).map((i) => ({ key: this.keys[i]!, count: this.counts[i]! }));
  }
}
