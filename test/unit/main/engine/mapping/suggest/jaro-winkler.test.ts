import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../../../../main/engine/mapping/suggest/jaro-winkler';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('is 1 for equal strings, 0 with nothing in common or an empty side, and symmetric', () => {
    expect(jaroWinkler('forename', 'forename')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    for (const [a, b] of [['surname', 'forename'], ['admit', 'admission'], ['pas', 'patient']]) expect(jaroWinkler(a!, b!)).toBeCloseTo(jaroWinkler(b!, a!), 12);
  });

  it('rewards a shared start more than the same letters elsewhere', () => {
    expect(jaroWinkler('patient', 'patent')).toBeGreaterThan(jaroWinkler('patient', 'tpatien'));
  });
});
