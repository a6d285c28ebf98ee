import { describe, expect, it } from 'vitest';
import { generateNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { MASKED } from '../../../../../main/engine/profile/suppress';
import { profileValues, seededInt, times } from './profile-helpers';

describe('minimum cell count', () => {
  const values = [...times(10, 'A'), ...times(3, 'B'), ...times(5, 'C'), ...times(2, '12')];

  it('drops top values whose count is below it', () => {
    expect(profileValues(values, 'c', { minCellCount: 5 }).top).toEqual([{ value: 'A', count: 10 }, { value: 'C', count: 5 }]);
    expect(profileValues(values, 'c', { minCellCount: 11 }).top).toEqual([]);
  });

  it('keeps patterns but nulls their small counts', () => {
    expect(profileValues(values, 'c', { minCellCount: 5 }).patterns).toEqual([{ pattern: 'A', count: 18 }, { pattern: '99', count: null }]);
  });

  it('nulls the empty share when the empty or the filled rows are fewer', () => {
    expect(profileValues([...times(20, 'x'), '', null], 'c', { minCellCount: 5 }).nullRate).toBeNull();
    expect(profileValues([...times(3, 'x'), ...times(20, '')], 'c', { minCellCount: 5 }).nullRate).toBeNull();
    expect(profileValues([...times(15, 'x'), ...times(5, '')], 'c', { minCellCount: 5 }).nullRate).toBe(0.25);
    expect(profileValues(times(20, 'x'), 'c', { minCellCount: 5 }).nullRate).toBe(0);
  });

  it('hides quartiles drawn from fewer numbers', () => {
    expect(profileValues(['1', '2', '3', '4'], 'c', { minCellCount: 5 }).quartiles).toBeNull();
    expect(profileValues(['1', '2', '3', '4', '5'], 'c', { minCellCount: 5 }).quartiles).toEqual([2, 3, 4]);
  });

  it('suppresses nothing at 0', () => {
    const column = profileValues([...values, ''], 'c', { minCellCount: 0 });
    expect(column.top).toHaveLength(4);
    expect(column.patterns.every((p) => p.count !== null)).toBe(true);
    expect(column.nullRate).toBeCloseTo(1 / 21);
  });
});

describe('identifying columns', () => {
  const random = seededInt(4);
  const nhs = Array.from({ length: 50 }, () => generateNhsNumber(random));

  it('mask min and max and hide quartiles', () => {
    const column = profileValues(nhs, 'nhs_no', { minCellCount: 0 });
    expect(column.flags).toEqual(['nhs_number']);
    expect([column.min, column.max, column.quartiles]).toEqual([MASKED, MASKED, null]);
  });

  it('never list values of direct identifiers, however often they repeat', () => {
    const repeated = [...nhs, ...times(20, nhs[0]!)];
    expect(profileValues(repeated, 'nhs_no', { minCellCount: 5 }).top).toEqual([]);
  });

  it('list frequent values of quasi-identifiers such as surnames', () => {
    const surnames = [...times(12, 'Smith'), ...times(4, 'Nowak'), ...times(6, 'Jones')];
    const column = profileValues(surnames, 'surname', { minCellCount: 5 });
    expect(column.flags).toEqual(['person_name']);
    expect(column.top).toEqual([{ value: 'Smith', count: 12 }, { value: 'Jones', count: 6 }]);
    expect([column.min, column.max]).toEqual([MASKED, MASKED]);
  });
});
