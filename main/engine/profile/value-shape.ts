import * as chars from './char-class';
import { ordinalYear, parseTemporal } from './temporal';

/** What a value fits, as bit positions in {@link ValueShape.mask}; also indexes of fit counts. */
export const FIT = {
  boolean: 0,
  integer: 1,
  decimal: 2,
  date: 3,
  datetime: 4,
  /** A short token with no whitespace: a candidate code. */
  token: 5,
  nhsNumber: 6,
  phone: 7,
  email: 8,
  /** Starts with a letter and is at least half letters. */
  nameLike: 9,
  /** Letters and inner spaces. */
  addressLike: 10,
  /** One token with a digit, the shape of a local record number. */
  idLike: 11,
  /** A date in a plausible range for a living or historical patient's birth. */
  birthRange: 12,
} as const;

/** How many fits there are. */
export const FIT_COUNT = 13;

/** Patterns longer than this many symbols are cut and end with `…`. */
export const PATTERN_MAX = 24;
/** Runs of one symbol longer than this are written as the symbol and `+`. */
export const RUN_MAX = 12;
const BUFFER_SIZE = PATTERN_MAX + RUN_MAX + 2;
const TOKEN_MAX = 16;
// Module-local copies: a load through an import binding is not constant-folded in the hot
// loop, and these copies halve the scan's cost.
const CLASSES = chars.LATIN_CLASSES;
const CLASSES_END = chars.LATIN_END;
const LETTER = chars.LETTER;
const DIGIT = chars.DIGIT;
const SPACE = chars.SPACE;
const charClass = chars.charClass;
const EARLIEST_BIRTH_YEAR = 1880;

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f'].map(wordCode));
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const NOW = new Date();
const TODAY = (NOW.getFullYear() * 10000 + (NOW.getMonth() + 1) * 100 + NOW.getDate()) * 1_000_000 + 235959;

function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 128 + (word.charCodeAt(i) | 32);
  return code;
}

/**
 * Everything the profiler learns from one value in one pass over its characters: the
 * types and identifier shapes it fits, its number or date, its pattern and a hash. One
 * instance is reused for every value so that scanning allocates nothing.
 */
export class ValueShape {
  /** Bit `1 << FIT.x` set for each fit. */
  mask = 0;
  /** The value as a number, when it fits integer or decimal. */
  number = 0;
  /** `yyyymmddhhmmss`, when it fits date or datetime. */
  ordinal = 0;
  /** A 32-bit hash of the whole value (for distinct counting). */
  hash = 0;
  /** The pattern's symbols: letters `A`, digits `9`, anything else as itself. */
  readonly pattern = new Uint16Array(BUFFER_SIZE);
  patternLength = 0;
  /** 30 bits, so that as a `Map` key it stays a small integer and never allocates. */
  patternHash = 0;
}

/**
 * Scans a non-blank value into `shape`. Types and identifier shapes are judged on the
 * value without surrounding whitespace; the pattern is of the value as written, so
 * stray padding shows.
 */
export function scanValue(v: string, shape: ValueShape): void {
  const length = v.length;
  let start = 0;
  while (start < length && charClass(v.charCodeAt(start)) === SPACE) start++;
  let end = length;
  while (end > start && charClass(v.charCodeAt(end - 1)) === SPACE) end--;

  const pattern = shape.pattern;
  let plen = 0;
  let prev = -1;
  let run = 0;
  let runStart = 0;
  let truncated = false;
  let hash = 0x811c9dc5;
  let letters = 0;
  let digitCount = 0;
  let spaces = 0;
  let others = 0;
  let dots = 0;
  let lastDot = -1;
  let ats = 0;
  let atPos = -1;
  let signAtStart = 0;
  let phoneOthers = 0;
  let intValue = 0;
  let fracDigits = 0;
  let nhsSum = 0;

  for (let i = 0; i < length; i++) {
    const c = v.charCodeAt(i);
    hash = Math.imul(hash ^ c, 16777619);
    const cls = c < CLASSES_END ? CLASSES[c]! : charClass(c);
    let symbol = c;
    if (cls === DIGIT) {
      symbol = 57;
      const d = c - 48;
      if (digitCount < 9) nhsSum += d * (10 - digitCount);
      else if (digitCount === 9) nhsSum = nhsSum * 16 + d;
      digitCount++;
      intValue = intValue * 10 + d;
      if (dots > 0) fracDigits++;
    } else if (cls === LETTER) {
      symbol = 65;
      letters++;
    } else if (cls === SPACE) {
      spaces++;
    } else {
      others++;
      if (c === 46) {
        dots++;
        lastDot = i;
      } else if (c === 64) {
        ats++;
        atPos = i;
      } else if ((c === 43 || c === 45) && i === start) signAtStart = 1;
      if (c !== 43 && c !== 45 && c !== 40 && c !== 41 && c !== 46) phoneOthers++;
    }
    if (truncated) continue;
    if (symbol === prev) {
      run++;
      if (run === RUN_MAX + 1) {
        plen = runStart + 1;
        pattern[plen++] = 43;
        continue;
      }
      if (run > RUN_MAX) continue;
    } else {
      prev = symbol;
      run = 1;
      runStart = plen;
    }
    if (plen === BUFFER_SIZE) truncated = true;
    else pattern[plen++] = symbol;
  }

  if (plen > PATTERN_MAX) {
    plen = PATTERN_MAX;
    pattern[plen++] = 8230;
  }
  let phash = 0x811c9dc5;
  for (let i = 0; i < plen; i++) phash = Math.imul(phash ^ pattern[i]!, 16777619);
  shape.patternLength = plen;
  shape.patternHash = phash >>> 2;
  shape.hash = fmix32(hash);

  const size = end - start;
  const innerSpaces = spaces - start - (length - end);
  let mask = 0;
  const numeric =
    digitCount > 0 && letters === 0 && innerSpaces === 0 && dots <= 1 && others === dots + signAtStart && !hasLeadingZero(v, start + signAtStart, end);
  if (numeric) {
    mask |= dots === 0 ? (1 << FIT.integer) | (1 << FIT.decimal) : 1 << FIT.decimal;
    const magnitude = digitCount <= 15 ? intValue / POW10[fracDigits]! : Math.abs(Number(v));
    shape.number = signAtStart === 1 && v.charCodeAt(start) === 45 ? -magnitude : magnitude;
  }
  if (size <= 5 && letters === size && BOOLEAN_WORDS.has(wordCodeOf(v, start, end))) mask |= 1 << FIT.boolean;
  if (digitCount >= 6 && letters <= 2 && size <= 35) {
    const temporal = parseTemporal(v, start, end);
    if (temporal >= 0) {
      const ordinal = Math.floor(temporal / 2);
      shape.ordinal = ordinal;
      mask |= temporal % 2 === 1 ? 1 << FIT.datetime : 1 << FIT.date;
      if (ordinalYear(ordinal) >= EARLIEST_BIRTH_YEAR && ordinal <= TODAY) mask |= 1 << FIT.birthRange;
    }
  }
  if (innerSpaces === 0) {
    if (size <= TOKEN_MAX) mask |= 1 << FIT.token;
    if (digitCount > 0 && size <= 40) mask |= 1 << FIT.idLike;
  }
  if (digitCount === 10 && isNhsLayout(v, start, size, innerSpaces) && nhsCheckOk(nhsSum)) mask |= 1 << FIT.nhsNumber;
  if (digitCount >= 10 && digitCount <= 13 && letters === 0 && phoneOthers === 0 && startsLikePhone(v.charCodeAt(start))) mask |= 1 << FIT.phone;
  if (ats === 1 && innerSpaces === 0 && atPos > start && lastDot > atPos + 1 && lastDot < end - 1) mask |= 1 << FIT.email;
  // Half letters is enough: test data such as Synthea's suffixes names with digits (`Amos720`).
  if (ats === 0 && size <= 60 && letters * 2 >= size && charClass(v.charCodeAt(start)) === LETTER) mask |= 1 << FIT.nameLike;
  if (letters >= 2 && innerSpaces > 0 && size <= 120) mask |= 1 << FIT.addressLike;
  shape.mask = mask;
}

/** The word's {@link wordCode}, or -1 when it is not plain ASCII. */
function wordCodeOf(v: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) return -1;
    code = code * 128 + (c | 32);
  }
  return code;
}

/** `007` is a code, not the number 7; `0`, `0.5` and `-0.5` are numbers. */
function hasLeadingZero(v: string, at: number, end: number): boolean {
  if (v.charCodeAt(at) !== 48 || at + 1 >= end) return false;
  const next = v.charCodeAt(at + 1);
  return next >= 48 && next <= 57;
}

/** Ten digits together, or grouped 3-3-4 with single spaces. */
function isNhsLayout(v: string, start: number, size: number, innerSpaces: number): boolean {
  if (size === 10) return innerSpaces === 0;
  return size === 12 && innerSpaces === 2 && v.charCodeAt(start + 3) === 32 && v.charCodeAt(start + 7) === 32;
}

/** `nhsSum` holds the weighted sum of the first nine digits times 16, plus the tenth. */
function nhsCheckOk(nhsSum: number): boolean {
  const tenth = nhsSum % 16;
  let check = 11 - (Math.floor(nhsSum / 16) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === tenth;
}

function startsLikePhone(c: number): boolean {
  return c === 48 || c === 43 || c === 40;
}

/** Murmur3's finaliser: spreads FNV-1a's bits so every register of a sketch is used. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
