import { describe, expect, it } from 'vitest';
import {
  NHS_TEST_RANGE_PREFIX, completeNhsNumber, generateNhsNumber, isValidNhsNumber, nhsCheckDigit,
} from '../../../../../main/engine/identifiers/nhs-number';

describe('nhsCheckDigit', () => {
  it('computes the modulus 11 check digit of known numbers', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(nhsCheckDigit('401023213')).toBe(7);
    expect(nhsCheckDigit('999999999')).toBe(9);
  });

  it('writes a check of 11 as 0', () => {
    // 9·10 + 8·9 + … + 1·2 = 330 = 30·11: remainder 0, check 11.
    expect(nhsCheckDigit('987654321')).toBe(0);
    expect(nhsCheckDigit('999000005')).toBe(0);
  });

  it('returns null when the check works out to 10', () => {
    // 1·10 + 1·2 = 12: remainder 1, check 10.
    expect(nhsCheckDigit('100000001')).toBeNull();
    expect(nhsCheckDigit('999000000')).toBeNull();
  });

  it('rejects malformed input', () => {
    expect(nhsCheckDigit('12345678')).toBeNull();
    expect(nhsCheckDigit('12345678a')).toBeNull();
    expect(nhsCheckDigit('1234567890')).toBeNull();
  });
});

describe('isValidNhsNumber', () => {
  it('accepts known valid numbers, together or grouped 3-3-4', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('9876543210')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber(' 4010232137 ')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length, letters and odd grouping', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('94347659l9')).toBe(false);
    expect(isValidNhsNumber('9434 765 919')).toBe(false);
    expect(isValidNhsNumber('943-476-5919')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('rejects every number whose first nine digits have no check digit', () => {
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('accepts exactly one last digit for a body that has a check', () => {
    const valid = Array.from({ length: 10 }, (_, last) => `943476591${last}`).filter(isValidNhsNumber);
    expect(valid).toEqual(['9434765919']);
  });
});

describe('completeNhsNumber and generateNhsNumber', () => {
  it('completes nine digits or says it cannot', () => {
    expect(completeNhsNumber('943476591')).toBe('9434765919');
    expect(completeNhsNumber('100000001')).toBeNull();
  });

  it('generates valid numbers in the test range from a supplied random source', () => {
    let state = 12345;
    const randomInt = (max: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % max;
    };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const number = generateNhsNumber(randomInt);
      expect(number).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(number)).toBe(true);
      seen.add(number);
    }
    expect(seen.size).toBeGreaterThan(190);
    expect(NHS_TEST_RANGE_PREFIX).toBe('999');
    const withPrefix = generateNhsNumber(randomInt, '40102321');
    expect(withPrefix.startsWith('40102321')).toBe(true);
    expect(isValidNhsNumber(withPrefix)).toBe(true);
  });

  it('refuses a prefix that leaves no digit to choose', () => {
    expect(() => generateNhsNumber(() => 0, '943476591')).toThrow(RangeError);
  });
});
