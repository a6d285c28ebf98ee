import { describe, expect, it } from 'vitest';
import { codeOverlaps, describeOverlap, isMasked } from '../../../../../../main/engine/mapping/suggest/value-overlap';
import { col, SEX_CROSSWALK } from './suggest-fixtures';

const MARITAL = { name: 'marital_status', sourceCodes: ['S', 'M', 'D', 'W'], targetCodes: ['S', 'M', 'D', 'W'] };

describe('codeOverlaps', () => {
  it('weighs by row counts when every count is known', () => {
    const sex = col('sex', { top: [{ value: 'F', count: 60 }, { value: 'M', count: 37 }, { value: 'X', count: 3 }] });
    const [best] = codeOverlaps(sex, [SEX_CROSSWALK]);
    expect(best).toMatchObject({ basis: 'rows', matched: 2 });
    expect(best!.share).toBeCloseTo(0.97, 5);
    expect(describeOverlap(best!)).toBe('values: 97% of values are source codes of crosswalk sex (by rows)');
  });

  it('falls back to distinct values when a count is suppressed', () => {
    const sex = col('sex', { top: [{ value: 'F', count: 60 }, { value: 'M', count: null }, { value: 'X', count: null }] });
    const [best] = codeOverlaps(sex, [SEX_CROSSWALK]);
    expect(best!.basis).toBe('distinct values');
    expect(best!.share).toBeCloseTo(2 / 3, 5);
  });

  it('ranks the crosswalk the values fit best first', () => {
    const marital = col('marital_code', { top: [{ value: 'S', count: 40 }, { value: 'M', count: 35 }, { value: 'W', count: 10 }] });
    expect(codeOverlaps(marital, [SEX_CROSSWALK, MARITAL]).map((o) => o.crosswalk.name)).toEqual(['marital_status', 'sex']);
  });

  it('takes masked values as no evidence at all', () => {
    expect(isMasked('•••••')).toBe(true);
    expect(isMasked('*****')).toBe(true);
    expect(isMasked('M')).toBe(false);
    const masked = col('sex', { top: [{ value: '•••••', count: 50 }, { value: '•••', count: 50 }] });
    expect(codeOverlaps(masked, [SEX_CROSSWALK, { name: 'bullets', sourceCodes: ['•••••', '•••'], targetCodes: ['1', '2'] }])).toEqual([]);
  });

  it('discounts an overlap resting on one value, and ignores dates and wide columns', () => {
    const single = codeOverlaps(col('x', { top: [{ value: 'M', count: 100 }] }), [SEX_CROSSWALK])[0]!;
    expect(single.share).toBe(1);
    expect(single.strength).toBeLessThan(single.share);
    expect(codeOverlaps(col('d', { type: 'date', top: [{ value: 'M', count: 9 }] }), [SEX_CROSSWALK])).toEqual([]);
    expect(codeOverlaps(col('x', { distinct: 5000, top: [{ value: 'M', count: 9 }, { value: 'F', count: 9 }] }), [SEX_CROSSWALK])).toEqual([]);
  });
});
