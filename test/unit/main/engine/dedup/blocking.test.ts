import { describe, expect, it } from 'vitest';
import { blockingKeyOf, blockingValue } from '../../../../../main/engine/dedup/blocking';
import { buildBlocks, forEachCandidatePair } from '../../../../../main/engine/dedup/candidate-pairs';

describe('blockingValue', () => {
  it('applies each transform to a normalised value', () => {
    expect(blockingValue('waller', 'exact')).toBe('waller');
    expect(blockingValue("o'brien", 'first_letters:3')).toBe('obr');
    expect(blockingValue('al', 'first_letters:3')).toBe('al');
    expect(blockingValue('robert', 'soundex')).toBe('r163');
    expect(blockingValue('19081209', 'year')).toBe('1908');
    expect(blockingValue('09/12/1908', 'year')).toBe('1908');
    expect(blockingValue('sw1a 1aa', 'postcode_district')).toBe('sw1a');
    expect(blockingValue('4011', 'postcode_district')).toBe('401');
    expect(blockingValue('943 476 5919', 'digits_last:4')).toBe('5919');
  });

  it('gives no key for a blank value or one the transform cannot use', () => {
    expect(blockingValue(null, 'exact')).toBeNull();
    expect(blockingValue('---', 'first_letters:2')).toBeNull();
    expect(blockingValue('42', 'soundex')).toBeNull();
    expect(blockingValue('unknown', 'year')).toBeNull();
    expect(blockingValue('none', 'digits_last:4')).toBeNull();
  });
});

describe('blockingKeyOf', () => {
  it('joins the parts, and has no key when any part is missing', () => {
    const key = [{ field: 'surname', transform: 'soundex' }, { field: 'dob', transform: 'year' }] as const;
    expect(blockingKeyOf({ surname: 'Smith', dob: '1980-01-02' }, key)).toBe(blockingKeyOf({ surname: 'smyth', dob: '19801231' }, key));
    expect(blockingKeyOf({ surname: 'Smith', dob: null }, key)).toBeNull();
    expect(blockingKeyOf({ surname: 'Smith' }, key)).toBeNull();
  });
});

/** Candidate pairs as `i-j` strings, in visiting order. */
function pairsOf(keys: (string | null)[][], count: number, cap: number): string[] {
  const seen: string[] = [];
  forEachCandidatePair(buildBlocks(keys, count, cap), (i, j) => seen.push(`${i}-${j}`));
  return seen;
}

describe('buildBlocks and forEachCandidatePair', () => {
  it('pairs records sharing any key, each pair once, in order', () => {
    const keys = [
      ['a', 'a', 'b', null, 'b'],
      ['x', 'y', 'x', 'x', null],
    ];
    expect(pairsOf(keys, 5, 10)).toEqual(['0-1', '0-2', '0-3', '2-3', '2-4']);
  });

  it('skips a block over the cap, counts it, and still uses the other keys', () => {
    const big = Array.from({ length: 6 }, () => 'same');
    const small = ['p', 'p', 'q', 'q', 'r', 's'];
    const blocks = buildBlocks([big, small], 6, 5);
    expect(blocks.stats).toEqual({ blocks: 3, largestBlock: 6, truncatedBlocks: 1 });
    expect(pairsOf([big, small], 6, 5)).toEqual(['0-1', '2-3']);
    expect(pairsOf([big, small], 6, 6)).toHaveLength(15);
  });

  it('makes no pair from a block of one', () => {
    expect(pairsOf([['a', 'b', 'c']], 3, 10)).toEqual([]);
    expect(buildBlocks([['a', 'b', 'c']], 3, 10).stats.blocks).toBe(0);
  });
});
