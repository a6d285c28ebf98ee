import { describe, expect, it } from 'vitest';
import { valuePattern } from '../../../../../main/engine/profile/patterns';
import { FIT, scanValue, ValueShape } from '../../../../../main/engine/profile/value-shape';

function fits(value: string): string[] {
  const shape = new ValueShape();
  scanValue(value, shape);
  return Object.entries(FIT)
    .filter(([, bit]) => (shape.mask & (1 << bit)) !== 0)
    .map(([name]) => name);
}

function scanned(value: string): ValueShape {
  const shape = new ValueShape();
  scanValue(value, shape);
  return shape;
}

describe('scanValue types', () => {
  it('reads booleans as words only', () => {
    for (const v of ['true', 'FALSE', 'Yes', 'no', 'Y', 'n', 'T', 'f']) expect(fits(v)).toContain('boolean');
    for (const v of ['1', '0', 'yes please', 'M']) expect(fits(v)).not.toContain('boolean');
  });

  it('reads integers and decimals with their values', () => {
    expect(fits('42')).toEqual(expect.arrayContaining(['integer', 'decimal']));
    expect(scanned('-17').number).toBe(-17);
    expect(fits('-3.25')).toContain('decimal');
    expect(fits('-3.25')).not.toContain('integer');
    expect(scanned('-3.25').number).toBe(-3.25);
    expect(scanned('+0.5').number).toBe(0.5);
    expect(scanned(' 12 ').number).toBe(12);
    expect(scanned('12345678901234567890').number).toBe(12345678901234567890);
  });

  it('treats leading zeros, thousands separators and stray signs as not numbers', () => {
    for (const v of ['007', '01.5', '1,234', '1-2', '1.2.3', '.', '-', '12a']) {
      expect(fits(v)).not.toContain('decimal');
    }
    expect(fits('0')).toContain('integer');
    expect(fits('0.5')).toContain('decimal');
  });

  it('reads ISO and dd/mm/yyyy dates and rejects impossible ones', () => {
    for (const v of ['2024-02-29', '29/02/2024', '1/2/2020', '31/12/1999', '03/04/1960']) expect(fits(v)).toContain('date');
    for (const v of ['29/02/2023', '31/04/2020', '2020-13-01', '2020-00-10', '32/01/2020', '00/01/2020', '2021-02-29', '2024-2-29', '12/31/2020']) {
      expect(fits(v), v).not.toContain('date');
    }
  });

  it('reads datetimes with seconds, fractions and zones', () => {
    for (const v of ['2024-02-29T10:15:00Z', '2024-02-29 10:15', '2024-02-29T10:15:00.123+01:00', '2024-02-29T10:15:00-0500', '03/04/1960 10:15:30']) {
      expect(fits(v), v).toContain('datetime');
    }
    for (const v of ['2024-02-29T25:00', '2024-02-29T10:61', '2024-02-29X10:15', '03/04/1960T10:15', '2024-02-29T10:15Zulu']) {
      expect(fits(v), v).not.toContain('datetime');
    }
  });

  it('orders dates and datetimes on one scale', () => {
    const day = scanned('2024-02-29').ordinal;
    expect(scanned('28/02/2024').ordinal).toBeLessThan(day);
    expect(scanned('2024-02-29T00:00:01').ordinal).toBeGreaterThan(day);
    expect(scanned('2024-03-01').ordinal).toBeGreaterThan(scanned('2024-02-29T23:59:59').ordinal);
  });

  it('marks short tokens without whitespace', () => {
    expect(fits('WB')).toContain('token');
    expect(fits('West Bromwich')).not.toContain('token');
    expect(fits('ABCDEFGHIJKLMNOPQ')).not.toContain('token');
  });
});

describe('scanValue identifier shapes', () => {
  it('checks NHS numbers with the modulus 11 digit, together or spaced 3-3-4', () => {
    expect(fits('9434765919')).toContain('nhsNumber');
    expect(fits('943 476 5919')).toContain('nhsNumber');
    expect(fits('9434765918')).not.toContain('nhsNumber');
    expect(fits('94347659190')).not.toContain('nhsNumber');
    expect(fits('9434 765 919')).not.toContain('nhsNumber');
  });

  it('recognises phones, emails and names', () => {
    for (const v of ['07700 900935', '0121 496 0850', '+44 121 496 0850', '(0121) 496-0850']) expect(fits(v), v).toContain('phone');
    for (const v of ['1234567890', '0121 496', 'call 0121 496 0850']) expect(fits(v), v).not.toContain('phone');
    expect(fits('a.person@example.nhs.uk')).toContain('email');
    for (const v of ['a@b', '@example.com', 'a person@example.com', 'a@b.']) expect(fits(v), v).not.toContain('email');
    for (const v of ['Smith', "O'Brien", 'Anne-Marie', 'Amos720']) expect(fits(v), v).toContain('nameLike');
    for (const v of ['P0000001', '12 Smith', 'x@y.com']) expect(fits(v), v).not.toContain('nameLike');
  });
});

describe('valuePattern', () => {
  it('writes letters as A, digits as 9 and keeps the rest', () => {
    expect(valuePattern('B15 2TH')).toBe('A99 9AA');
    expect(valuePattern('ls1 4ap')).toBe('AA9 9AA');
    expect(valuePattern('2024-02-29')).toBe('9999-99-99');
    expect(valuePattern('0121 496 0850')).toBe('9999 999 9999');
    expect(valuePattern('Zoë')).toBe('AAA');
  });

  it('collapses runs longer than twelve and cuts long patterns', () => {
    expect(valuePattern('123456789012')).toBe('999999999999');
    expect(valuePattern('1234567890123')).toBe('9+');
    expect(valuePattern('Supercalifragilistic 99')).toBe('A+ 99');
    expect(valuePattern('Abc-'.repeat(10))).toBe(`${'AAA-'.repeat(6)}…`);
  });

  it('keeps surrounding whitespace visible', () => {
    expect(valuePattern(' B15 2TH ')).toBe(' A99 9AA ');
  });
});
