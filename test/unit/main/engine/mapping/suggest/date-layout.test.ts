import { describe, expect, it } from 'vitest';
import { compileContractExpression, expressionFields } from '../../../../../../main/engine/mapping/expressions';
import {
  dateLayout, datePartExpression, isoDateExpression, isoDateTimeExpression,
} from '../../../../../../main/engine/mapping/suggest/date-layout';
import { fieldRef } from '../../../../../../main/engine/mapping/suggest/expression-text';
import { col } from './suggest-fixtures';

const withPatterns = (...patterns: [string, number | null][]) => col('d', { type: 'date', patterns: patterns.map(([pattern, count]) => ({ pattern, count })) });

/** Runs a suggested expression the way the load does. */
function run(expression: string, row: Record<string, string>): unknown {
  return compileContractExpression(expression)(row);
}

describe('dateLayout', () => {
  it('reads UK day-first and ISO dates from the patterns', () => {
    expect(dateLayout(withPatterns(['99/99/9999', 40]))).toMatchObject({ format: 'DD/MM/YYYY', iso: false, withTime: false, dateWidth: 10 });
    expect(dateLayout(withPatterns(['9999-99-99', 40]))).toMatchObject({ format: 'YYYY-MM-DD', iso: true });
    expect(dateLayout(withPatterns(['99.99.9999', 40]))?.format).toBe('DD.MM.YYYY');
    expect(dateLayout(withPatterns(['9999-99-99A99:99:99A', 40]))).toMatchObject({ iso: true, withTime: true, dateWidth: 10 });
  });

  it('takes the dominant layout, counting suppressed patterns as one, and says how many others there are', () => {
    const mixed = dateLayout(withPatterns(['99/99/9999', 90], ['9999-99-99', 8], ['9/99/9999', null]))!;
    expect(mixed.format).toBe('DD/MM/YYYY');
    expect(mixed.otherLayouts).toBe(1);
    expect(mixed.dateWidth).toBeNull();
    expect(mixed.share).toBeCloseTo(91 / 99, 5);
  });

  it('is null when most values are not dates', () => {
    expect(dateLayout(withPatterns(['AAA', 60], ['99/99/9999', 40]))).toBeNull();
    expect(dateLayout(withPatterns(['99:99', 60]))).toBeNull();
    expect(dateLayout(withPatterns(['99/99/9999 AAA', 60]))).toBeNull();
  });
});

describe('date expressions', () => {
  const uk = dateLayout(withPatterns(['99/99/9999', 10]))!;
  const iso = dateLayout(withPatterns(['9999-99-99', 10]))!;
  const ukTime = dateLayout(withPatterns(['99/99/9999 99:99', 10]))!;
  const isoTime = dateLayout(withPatterns(['9999-99-99A99:99:99A', 10]))!;

  it('converts UK dates with iso_date and leaves ISO dates alone', () => {
    expect(isoDateExpression('date_of_birth', uk)).toBe('iso_date(date_of_birth, "DD/MM/YYYY")');
    expect(run(isoDateExpression('date_of_birth', uk)!, { date_of_birth: '03/04/1960' })).toBe('1960-04-03');
    expect(isoDateExpression('BIRTHDATE', iso)).toBeNull();
  });

  it('cuts the time off date-times going into a DATE, and keeps it for a TIMESTAMP', () => {
    expect(run(isoDateExpression('START', isoTime)!, { START: '2014-10-06T12:30:00Z' })).toBe('2014-10-06');
    expect(run(isoDateExpression('seen', ukTime)!, { seen: '03/04/2020 10:15' })).toBe('2020-04-03');
    expect(run(isoDateTimeExpression('seen', ukTime)!, { seen: '03/04/2020 10:15' })).toBe('2020-04-03 10:15');
    expect(isoDateTimeExpression('START', isoTime)).toBeNull();
  });

  it('gives up rather than guess when a day-first date part varies in width before a time', () => {
    const ragged = dateLayout(withPatterns(['9/9/9999 99:99', 10], ['99/99/9999 99:99', 10]))!;
    expect(isoDateExpression('seen', ragged)).toBeUndefined();
  });

  it('takes year, month and day apart with the expression functions alone', () => {
    for (const [layout, value] of [[uk, '09/11/1987'], [iso, '1987-11-09'], [isoTime, '1987-11-09T08:00:00Z']] as const) {
      const parts = (['year', 'month', 'day'] as const).map((p) => run(datePartExpression('dob', layout, p)!, { dob: value }));
      expect(parts, value).toEqual([1987, 11, 9]);
    }
  });

  it('quotes column names filtrex would not read bare, and the expression still reads that column', () => {
    expect(fieldRef('date_of_birth')).toBe('date_of_birth');
    expect(fieldRef('date of birth')).toBe("'date of birth'");
    expect(fieldRef('in')).toBe("'in'");
    const expression = isoDateExpression('date of birth', uk)!;
    expect(expressionFields(expression)).toEqual(['date of birth']);
    expect(run(expression, { 'date of birth': '31/12/1999' })).toBe('1999-12-31');
  });
});
