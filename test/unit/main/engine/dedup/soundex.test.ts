import { describe, expect, it } from 'vitest';
import { soundex } from '../../../../../main/engine/dedup/soundex';

describe('soundex', () => {
  it('gives the textbook codes', () => {
    expect(soundex('Robert')).toBe('r163');
    expect(soundex('Rupert')).toBe('r163');
    expect(soundex('Rubin')).toBe('r150');
    expect(soundex('Ashcraft')).toBe('a261'); // h does not separate s and c
    expect(soundex('Tymczak')).toBe('t522'); // a vowel does separate the two 2s
    expect(soundex('Pfister')).toBe('p236'); // the first letter's own code is not repeated
    expect(soundex('Lee')).toBe('l000');
  });

  it('drops what is not a letter, and has no code without one', () => {
    expect(soundex("O'Brien")).toBe(soundex('obrien'));
    expect(soundex('holland-dukes')).toBe(soundex('hollanddukes'));
    expect(soundex('123')).toBeNull();
  });
});
