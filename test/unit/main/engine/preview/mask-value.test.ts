import { describe, expect, it } from 'vitest';
import { maskValue } from '../../../../../main/engine/preview/mask-value';
import { identifyingColumns } from '../../../../../main/engine/preview/identifying-columns';

describe('maskValue', () => {
  it('keeps the shape and drops every letter and digit', () => {
    expect(maskValue('943 476 5919')).toBe('••• ••• ••••');
    expect(maskValue('B16 8YG')).toBe('••• •••');
    expect(maskValue("O'Brien-Smith")).toBe("•'•••••-•••••");
    expect(maskValue('Zoë Ångström')).toBe('••• ••••••••');
    expect(maskValue('a.b@nhs.net')).toBe('•.•@•••.•••');
    expect(maskValue(9434765919)).toBe('••••••••••');
    expect(maskValue('')).toBe('');
    expect(maskValue(null)).toBeNull();
  });
});

describe('identifyingColumns', () => {
  it('picks columns by their values and by their names', () => {
    const rows = ['9434765919', '9990000018', '9990000026', '9990000034', '9990000042'].map((ref, i) => ({
      values: { ref, surname: i === 0 ? 'A' : 'B', ward: 'W1', admitted: '2024-01-0' + (i + 1) },
    }));
    expect(identifyingColumns('admissions', ['ref', 'surname', 'ward', 'admitted'], rows)).toEqual(['ref', 'surname']);
    expect(identifyingColumns('admissions', ['ward'], [])).toEqual([]);
  });
});
