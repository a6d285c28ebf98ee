/**
 * Smallest and largest values of a column three ways, since its type is only known at the
 * end: as text (code order), as numbers and as dates; plus the shortest and longest
 * lengths. Flat fields, so a column sorted ascending (a new maximum on every row)
 * allocates nothing.
 */
export class RangeTracker {
  textMin: string | null = null;
  textMax: string | null = null;
  numberMinText: string | null = null;
  numberMaxText: string | null = null;
  temporalMinText: string | null = null;
  temporalMaxText: string | null = null;
  numberMin = Infinity;
  numberMax = -Infinity;
  /** As `yyyymmddhhmmss`. */
  temporalMin = Infinity;
  /** As `yyyymmddhhmmss`. */
  temporalMax = -Infinity;
  lengthMin = Infinity;
  lengthMax = 0;

  /** Any non-empty value. */
  addText(value: string): void {
    if (this.textMin === null || value < this.textMin) this.textMin = value;
    if (this.textMax === null || value > this.textMax) this.textMax = value;
    const length = value.length;
    if (length < this.lengthMin) this.lengthMin = length;
    if (length > this.lengthMax) this.lengthMax = length;
  }

  /** A value that is a number. */
  addNumber(value: number, text: string): void {
    if (value < this.numberMin) {
      this.numberMin = value;
      this.numberMinText = text;
    }
    if (value > this.numberMax) {
      this.numberMax = value;
      this.numberMaxText = text;
    }
  }

  /** A value that is a date or datetime, by its `yyyymmddhhmmss` ordinal. */
  addTemporal(ordinal: number, text: string): void {
    if (ordinal < this.temporalMin) {
      this.temporalMin = ordinal;
      this.temporalMinText = text;
    }
    if (ordinal > this.temporalMax) {
      this.temporalMax = ordinal;
      this.temporalMaxText = text;
    }
  }
}
