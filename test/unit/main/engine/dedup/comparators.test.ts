import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../../../main/engine/dedup/comparators';
import { parseDateParts } from '../../../../../main/engine/dedup/date-comparator';
import { isOneTypoApart } from '../../../../../main/engine/dedup/one-typo';
import { nameCodes } from '../../../../../main/engine/dedup/phonetic-name';
import { postcodeDistrict } from '../../../../../main/engine/dedup/postcode';
import { jaroWinklerLevel } from '../../../../../main/engine/dedup/string-comparators';

describe('missing values', () => {
  it('are missing for every comparator, whichever side is blank', () => {
    for (const kind of ['exact', 'jaro_winkler', 'phonetic_name', 'date', 'postcode', 'number'] as const) {
      expect(compareValues(kind, null, 'x')).toBe('missing');
      expect(compareValues(kind, '  ', 'x')).toBe('missing');
      expect(compareValues(kind, 'x', '')).toBe('missing');
    }
  });
});

describe('exact', () => {
  it('ignores case and surrounding space, nothing else', () => {
    expect(compareValues('exact', ' NSW ', 'nsw')).toBe('agree');
    expect(compareValues('exact', 'nsw', 'vic')).toBe('disagree');
    expect(compareValues('exact', 'ns w', 'nsw')).toBe('disagree');
  });
});

describe('jaro_winkler', () => {
  it('agrees at 0.94 or more, partly agrees at 0.85 or more', () => {
    expect(jaroWinklerLevel('martha', 'marhta')).toBe('agree'); // 0.961
    expect(jaroWinklerLevel('dwayne', 'duane')).toBe('disagree'); // 0.84
    expect(jaroWinklerLevel('dixon', 'dicksonx')).toBe('disagree'); // 0.813
    expect(compareValues('jaro_winkler', 'goldfinch circuit', 'goldfinch circiut')).toBe('agree');
    expect(compareValues('jaro_winkler', 'jonathan', 'jonathon')).toBe('agree');
    expect(compareValues('jaro_winkler', 'stephen', 'steven')).toBe('partial'); // 0.894
    expect(compareValues('jaro_winkler', 'thornlie', 'thornbury')).toBe('disagree'); // 0.836
    expect(compareValues('jaro_winkler', 'tullaroop street', 'giblin street')).toBe('disagree');
  });
});

describe('phonetic_name', () => {
  it('raises names that sound alike to partial agreement', () => {
    expect(jaroWinklerLevel('catherine', 'kathryn')).toBe('disagree');
    expect(compareValues('phonetic_name', 'catherine', 'kathryn')).toBe('partial');
    expect(compareValues('phonetic_name', 'smith', 'smyth')).not.toBe('disagree');
    expect(compareValues('phonetic_name', 'Sarah', 'sarah')).toBe('agree');
    expect(compareValues('phonetic_name', 'sarah', 'bruhn')).toBe('disagree');
  });

  it('codes only the letters of a name', () => {
    expect(nameCodes("o'brien")).toEqual(nameCodes('obrien'));
    expect(nameCodes('--')).toEqual([]);
  });
});

describe('date', () => {
  it('reads basic ISO, ISO and day-first dates alike', () => {
    expect(parseDateParts('19081209').digits).toBe('19081209');
    expect(parseDateParts('1908-12-09').digits).toBe('19081209');
    expect(parseDateParts('1908-12-09T10:30:00').digits).toBe('19081209');
    expect(parseDateParts('9/12/1908').digits).toBe('19081209');
    expect(parseDateParts('09121908').parts).toEqual({ year: '1908', month: '12', day: '09' });
    expect(parseDateParts('unknown 12').parts).toBeNull();
    expect(compareValues('date', '1908-12-09', '09/12/1908')).toBe('agree');
  });

  it('partly agrees on a day–month swap, one digit off, two digits swapped or the same month', () => {
    expect(compareValues('date', '19080312', '19081203')).toBe('partial');
    expect(compareValues('date', '19081209', '19081219')).toBe('partial');
    expect(compareValues('date', '19081209', '19801209')).toBe('partial');
    expect(compareValues('date', '19081209', '19081228')).toBe('partial');
    expect(compareValues('date', '19081209', '19620609')).toBe('disagree');
    expect(compareValues('date', '19081209', '19091110')).toBe('disagree');
  });
});

describe('postcode', () => {
  it('finds the UK outward code, else the first three characters', () => {
    expect(postcodeDistrict('SW1A 1AA')).toBe('sw1a');
    expect(postcodeDistrict('m1 1ae')).toBe('m1');
    expect(postcodeDistrict('4011')).toBe('401');
    expect(postcodeDistrict(' ')).toBeNull();
  });

  it('agrees on the same code, partly on the same district', () => {
    expect(compareValues('postcode', 'SW1A1AA', 'sw1a 1aa')).toBe('agree');
    expect(compareValues('postcode', 'SW1A 1AA', 'SW1A 2BB')).toBe('partial');
    expect(compareValues('postcode', 'SW1A 1AA', 'SW1 1AA')).toBe('disagree');
    expect(compareValues('postcode', '4011', '4012')).toBe('partial');
    expect(compareValues('postcode', '4011', '5011')).toBe('disagree');
  });
});

describe('number', () => {
  it('agrees on the same number however written, partly one typo apart', () => {
    expect(compareValues('number', '007', 7)).toBe('agree');
    expect(compareValues('number', '6988048', '6988084')).toBe('partial');
    expect(compareValues('number', '44', '4')).toBe('partial');
    expect(compareValues('number', '44', '45')).toBe('partial');
    expect(compareValues('number', '44', '57')).toBe('disagree');
    expect(compareValues('number', 'flat a', 'flat a')).toBe('agree');
  });
});

describe('isOneTypoApart', () => {
  it('counts one change, insertion, deletion or neighbour swap, and nothing more', () => {
    expect(isOneTypoApart('abcd', 'abxd')).toBe(true);
    expect(isOneTypoApart('abcd', 'abd')).toBe(true);
    expect(isOneTypoApart('abd', 'abcd')).toBe(true);
    expect(isOneTypoApart('abcd', 'bacd')).toBe(true);
    expect(isOneTypoApart('abcd', 'abcd')).toBe(false);
    expect(isOneTypoApart('abcd', 'axcy')).toBe(false);
    expect(isOneTypoApart('abcd', 'cbad')).toBe(false);
    expect(isOneTypoApart('ab', 'abcd')).toBe(false);
  });
});
