import { describe, expect, it } from 'vitest';
import { compileContractExpression, expressionFields } from '../../../../../main/engine/mapping/expressions';
import { daysBetween, isoDate } from '../../../../../main/engine/mapping/expression-functions';

describe('contract expressions', () => {
  it('convert legacy dates, refusing impossible ones without echoing them', () => {
    expect(isoDate('03/04/1987', 'DD/MM/YYYY')).toBe('1987-04-03');
    expect(isoDate('1987-4-3', 'YYYY-MM-DD')).toBe('1987-04-03');
    expect(isoDate('', 'DD/MM/YYYY')).toBeNull();
    expect(() => isoDate('31/02/1987', 'DD/MM/YYYY')).toThrow('not a real date in the form DD/MM/YYYY');
    expect(() => isoDate('1987-04-03', 'DD/MM/YYYY')).toThrow(/^not a real date in the form DD\/MM\/YYYY$/);
    expect(daysBetween('2020-01-01', '2020-03-01')).toBe(60);
    expect(daysBetween(null, '2020-03-01')).toBeNull();
  });

  it('evaluate over a row with the documented functions', () => {
    const row = { admit: '01/01/2020', discharge: '05/01/2020', postcode: ' b15 2th ', a: '', b: 'x' };
    expect(compileContractExpression('days_between(iso_date(admit, "DD/MM/YYYY"), iso_date(discharge, "DD/MM/YYYY"))')(row)).toBe(4);
    expect(compileContractExpression('upper(trim(postcode))')(row)).toBe('B15 2TH');
    expect(compileContractExpression('coalesce(a, b)')(row)).toBe('x');
    expect(compileContractExpression('if blank(a) then "none" else a')(row)).toBe('none');
    expect(compileContractExpression('missing_column')(row)).toBeNull();
  });

  it('return an error value, not an exception, when a row makes a function fail', () => {
    const result = compileContractExpression('iso_date(d, "DD/MM/YYYY")')({ d: '99/99/2000' });
    expect(result).toBeInstanceOf(Error);
  });

  it('cannot reach JavaScript, Node or the process', () => {
    const attempts = [
      'constructor.constructor("return process")()',
      'process.exit(1)',
      'require("fs")',
      'this',
      '__proto__',
      "'constructor' of 'toString'",
    ];
    for (const source of attempts) {
      let value: unknown;
      try {
        value = compileContractExpression(source)({});
      } catch {
        continue; // refused at compile time
      }
      expect(value === null || value instanceof Error, source).toBe(true);
    }
  });

  it('list the columns an expression reads', () => {
    expect(expressionFields('days_between(iso_date(admit, "DD/MM/YYYY"), discharge) + 1').sort()).toEqual(['admit', 'discharge']);
  });
});
