import { describe, expect, it } from 'vitest';
import { ACCENTED_FORENAMES, ACCENTED_SURNAMES } from '../../../../../main/engine/synth/name-lists';
import { mojibake, typo } from '../../../../../main/engine/synth/name-damage';
import { Prng } from '../../../../../main/engine/synth/prng';

const accented = [...ACCENTED_FORENAMES.male, ...ACCENTED_FORENAMES.female, ...ACCENTED_SURNAMES];

describe('mojibake', () => {
  it('turns UTF-8 read as Latin-1 into the familiar damage', () => {
    expect(mojibake('Renée')).toBe('RenÃ©e');
    expect(mojibake('Zoë')).toBe('ZoÃ«');
    expect(mojibake('Smith')).toBe('Smith');
  });

  it('damages every accented name visibly, without control or invisible characters', () => {
    for (const name of accented) {
      const damaged = mojibake(name);
      expect(damaged).not.toBe(name);
      expect(damaged).toContain('Ã');
      expect(damaged).not.toMatch(/[\u0080-\u00a0\u00ad]/);
    }
  });
});

describe('typo', () => {
  it('always changes the name, keeps its first letter and length within one', () => {
    const rng = new Prng(3);
    for (const name of ['Smith', 'Li', 'Ng', 'Margaret', "O'Brien", 'Smith-Jones', 'Zoë', 'A']) {
      for (let i = 0; i < 50; i++) {
        const slipped = typo(rng, name);
        expect(slipped).not.toBe(name);
        expect(slipped[0]).toBe(name[0]);
        expect(Math.abs(slipped.length - name.length)).toBeLessThanOrEqual(1);
      }
    }
  });
});
