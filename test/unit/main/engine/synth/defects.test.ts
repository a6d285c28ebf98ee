import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { dayNumber } from '../../../../../main/engine/synth/calendar';
import { breakNhsNumber, impossibleDate, isRealLegacyDate } from '../../../../../main/engine/synth/defects';
import { Prng } from '../../../../../main/engine/synth/prng';
import { legacyDateValue } from './dataset-fixture';

describe('defect helpers', () => {
  it('makes impossible dates that keep the legacy shape', () => {
    const rng = new Prng(4);
    for (let i = 0; i < 2000; i++) {
      const day = dayNumber(1920, 1, 1) + rng.below(40_000);
      const value = impossibleDate(rng, day);
      expect(value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(legacyDateValue(value)).toBeNull();
      expect(isRealLegacyDate(value)).toBe(false);
    }
    expect(isRealLegacyDate('29/02/2024')).toBe(true);
    expect(isRealLegacyDate('29/02/2023')).toBe(false);
  });

  it('breaks an NHS number by its check digit only', () => {
    const rng = new Prng(5);
    for (let i = 0; i < 500; i++) {
      const broken = breakNhsNumber(rng, '9434765919');
      expect(broken).toMatch(/^943476591\d$/);
      expect(isValidNhsNumber(broken)).toBe(false);
    }
  });
});
