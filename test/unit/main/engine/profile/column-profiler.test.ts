import { describe, expect, it } from 'vitest';
import { exactQuartiles } from '../../../../../main/engine/profile/quartiles';
import { profileValues, seededInt, times } from './profile-helpers';

const open = { minCellCount: 0 };

describe('type inference', () => {
  it('picks the narrowest type 98% of the non-empty values fit', () => {
    const cases: [string[], string][] = [
      [[...times(50, 'Y'), ...times(50, 'N')], 'boolean'],
      [['1', '0', '1', '2'], 'integer'],
      [['1', '2.5', '-3'], 'decimal'],
      [['2024-01-01', '01/02/2024'], 'date'],
      [['2024-01-01T10:00:00Z', '2024-01-02'], 'datetime'],
      [[...times(40, 'WB'), ...times(30, 'AP'), ...times(30, 'ZZ')], 'code'],
      [['a free text note', 'another one'], 'text'],
      [['', ' ', ''], 'empty'],
    ];
    for (const [values, type] of cases) expect(profileValues(values, 'c', open).type, type).toBe(type);
  });

  it('tolerates 2% misfits and no more', () => {
    const ints = Array.from({ length: 98 }, (_, i) => String(i));
    expect(profileValues([...ints, 'n/a', 'unknown'], 'c', open).type).toBe('integer');
    expect(profileValues([...ints, 'n/a', 'unknown', '?'], 'c', open).type).toBe('text');
    const dates = Array.from({ length: 97 }, (_, i) => `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/19${60 + (i % 30)}`);
    expect(profileValues([...dates, '31/02/1960', '30/02/1960', '29/02/1961'], 'c', open).type).toBe('text');
    expect(profileValues([...dates, '01/01/1990', '1.5', '31/02/1960'], 'c', open).type).toBe('date');
  });

  it('calls many distinct short tokens text, not code', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `P${i}`);
    expect(profileValues(ids, 'c', open).type).toBe('text');
  });
});

describe('ranges', () => {
  it('compares numbers numerically and dates by date', () => {
    const numbers = profileValues(['9', '10', '-2.5', '100'], 'c', open);
    expect([numbers.min, numbers.max]).toEqual(['-2.5', '100']);
    const dates = profileValues(['02/01/2024', '31/12/2023', '2024-01-03'], 'c', open);
    expect([dates.min, dates.max]).toEqual(['31/12/2023', '2024-01-03']);
    const text = profileValues(['b', 'ab', 'c'], 'c', open);
    expect([text.min, text.max, text.lengthMin, text.lengthMax]).toEqual(['ab', 'c', 1, 2]);
  });

  it('counts null, empty and whitespace as empty', () => {
    const column = profileValues(['a', null, '', '  ', 'b'], 'c', open);
    expect(column.nullRate).toBe(0.6);
    expect(column.distinct).toBe(2);
  });
});

describe('distinct counts', () => {
  it('are exact up to the bound', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `v${i % 5000}`);
    expect(profileValues(values, 'c', open)).toMatchObject({ distinct: 5000, distinctExact: true });
  });

  it('come from the sketch past the bound, within 2%', () => {
    const values = Array.from({ length: 150_000 }, (_, i) => `v${i % 60_000}`);
    const column = profileValues(values, 'c', { ...open, exactLimit: 1000 });
    expect(column.distinctExact).toBe(false);
    expect(Math.abs(column.distinct / 60_000 - 1)).toBeLessThan(0.02);
  });
});

describe('quartiles', () => {
  it('are exact while the values are few', () => {
    const values = Array.from({ length: 100 }, (_, i) => String(i + 1));
    expect(profileValues([...values, ...values], 'c', open).quartiles).toEqual([25.75, 50.5, 75.25]);
  });

  it('are sketched within 1% past the bound, counting the values seen before the switch', () => {
    const random = seededInt(5);
    const numbers = Array.from({ length: 100_000 }, () => random(5_000_000) / 100);
    const column = profileValues(numbers.map(String), 'c', { ...open, exactLimit: 2000 });
    const exact = exactQuartiles(numbers, numbers.map(() => 1))!;
    expect(column.distinctExact).toBe(false);
    for (let i = 0; i < 3; i++) expect(Math.abs(column.quartiles![i]! / exact[i]! - 1)).toBeLessThan(0.01);
  });
});

describe('top values', () => {
  it('are exact in order while distinct values are few', () => {
    const column = profileValues([...times(5, 'b'), ...times(7, 'a'), ...times(5, 'c'), 'd'], 'c', { ...open, topN: 3 });
    expect(column.top).toEqual([{ value: 'a', count: 7 }, { value: 'b', count: 5 }, { value: 'c', count: 5 }]);
  });

  it('are right on skewed data past the bound, with counts never above the truth', () => {
    const random = seededInt(9);
    const truth = new Map<string, number>();
    const values: string[] = [];
    for (let i = 0; i < 300_000; i++) {
      const k = Math.floor(Math.exp((random(1_000_000) / 1_000_000) * Math.log(100_000)));
      const value = `code-${k}`;
      values.push(value);
      truth.set(value, (truth.get(value) ?? 0) + 1);
    }
    const column = profileValues(values, 'c', { ...open, exactLimit: 1000, topN: 10 });
    expect(column.distinctExact).toBe(false);
    const expected = [...truth].sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(column.top.map((t) => t.value)).toEqual(expected.map(([v]) => v));
    for (const { value, count } of column.top) {
      expect(count).toBeLessThanOrEqual(truth.get(value)!);
      expect(count).toBeGreaterThan(truth.get(value)! * 0.97);
    }
  });
});

describe('patterns', () => {
  it('are counted per column, most frequent first', () => {
    const column = profileValues(['B15 2TH', 'B1 1AA', 'B16 8YG', 'WV1 4YD'], 'c', open);
    expect(column.patterns).toEqual([
      { pattern: 'A99 9AA', count: 2 },
      { pattern: 'A9 9AA', count: 1 },
      { pattern: 'AA9 9AA', count: 1 },
    ]);
  });

  it('stay bounded and keep the frequent ones on pattern-rich text', () => {
    const random = seededInt(2);
    const values = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? 'AB12' : 'x'.repeat(1 + random(20)) + ' ' + '9'.repeat(1 + random(20))));
    const column = profileValues(values, 'c', { ...open, patternCapacity: 50 });
    // Pattern counts past the bound are lower bounds, like top-value counts.
    expect(column.patterns[0]!.pattern).toBe('AA99');
    expect(column.patterns[0]!.count).toBeLessThanOrEqual(16_667);
    expect(column.patterns[0]!.count).toBeGreaterThan(16_667 * 0.97);
  });
});

describe('odd whitespace', () => {
  it('counts non-breaking and other Unicode spaces as empty', () => {
    expect(profileValues(['\u00a0', '\u2003 ', 'x'], 'c', open)).toMatchObject({ nullRate: 2 / 3, distinct: 1 });
  });
});
