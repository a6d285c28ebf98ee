import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { NhsNumberAllocator } from '../../../../../main/engine/synth/nhs-allocator';
import { Prng } from '../../../../../main/engine/synth/prng';

describe('NhsNumberAllocator', () => {
  it('hands out distinct valid numbers, all of the 999 test range first, then 998', () => {
    const allocator = new NhsNumberAllocator(new Prng(11, 1));
    const seen = new Set<number>();
    let invalid = 0;
    let number = allocator.next();
    while (number.startsWith('999')) {
      if (!isValidNhsNumber(number)) invalid++;
      seen.add(Number(number));
      number = allocator.next();
    }
    expect(invalid).toBe(0);
    // The test range has 10^6 bodies, of which all but those with no check digit are used.
    expect(seen.size).toBeGreaterThan(900_000);
    expect(seen.size).toBeLessThan(920_000);
    expect(number.startsWith('998')).toBe(true);
    expect(isValidNhsNumber(number)).toBe(true);
  });

  it('scrambles the order differently per seed', () => {
    const a = new NhsNumberAllocator(new Prng(1, 1));
    const b = new NhsNumberAllocator(new Prng(2, 1));
    const first = (allocator: NhsNumberAllocator): string[] => Array.from({ length: 5 }, () => allocator.next());
    expect(first(a)).not.toEqual(first(b));
  });
});
