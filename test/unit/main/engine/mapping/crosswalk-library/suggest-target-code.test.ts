import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDir } from '../../../../../../main/engine/assets';
import { LIBRARY_CROSSWALKS, loadLibraryCrosswalk } from '../../../../../../main/engine/mapping/crosswalk-library/library';
import { suggestTargetCodes } from '../../../../../../main/engine/mapping/crosswalk-library/suggest-target-code';
import { readCsvFile } from '../../../../../../main/engine/mapping/read-csv-file';

/** One of the demo project's crosswalks, as rows. */
function demo(name: string): { rows: { source: string; target: string; description: string }[] } {
  const file = join(assetsDir(), 'templates', 'demo', 'mapping', 'crosswalks', `${name}.csv`);
  const table = readCsvFile(file, `${name}.csv`);
  return { rows: table.rows.map(({ values }) => ({ source: values.source_code!, target: values.target_code!, description: values.description ?? '' })) };
}

const LIBRARY = LIBRARY_CROSSWALKS.map((e) => loadLibraryCrosswalk(e.id));
const SEX = demo('sex');
const MARITAL = demo('marital_status');
const ETHNICITY = demo('ethnicity');

describe('suggestTargetCodes from the crosswalk itself', () => {
  it('follows a case variant of a code already there', () => {
    const [first, ...rest] = suggestTargetCodes('m', SEX);
    expect(first).toMatchObject({ target: '1', description: 'Male', confidence: 0.95 });
    expect(first!.reason).toContain('"M"');
    expect(rest).toEqual([]);
  });

  it('follows a code written with other spacing or punctuation, a little less surely', () => {
    expect(suggestTargetCodes(' f. ', SEX)[0]).toMatchObject({ target: '2', confidence: 0.93 });
  });

  it('answers a code that is already there with certainty', () => {
    expect(suggestTargetCodes('U', SEX)[0]).toMatchObject({ target: '0', confidence: 1 });
  });

  it('maps a code to the equal target code, surely when the crosswalk already has identity rows', () => {
    const [withIdentities] = suggestTargetCodes('9', MARITAL);
    expect(withIdentities).toMatchObject({ target: '9', description: 'Not known', confidence: 0.92 });
    expect(withIdentities!.reason).toMatch(/maps 5 codes to themselves/);
    // sex.csv translates letters into numbers: a "2" equal to a target is weaker evidence.
    expect(suggestTargetCodes('2', SEX)[0]).toMatchObject({ target: '2', confidence: 0.75 });
  });

  it('matches a description word for word, whatever the case and punctuation', () => {
    expect(suggestTargetCodes('Female', SEX)[0]).toMatchObject({ target: '2', confidence: 0.9 });
    expect(suggestTargetCodes('NOT-KNOWN', SEX)[0]).toMatchObject({ target: '0', confidence: 0.9 });
    const [single] = suggestTargetCodes('single', MARITAL);
    expect(single).toMatchObject({ target: 'S', confidence: 0.9 });
    expect(single!.reason).toContain('description');
  });

  it('matches a distinctive part of a description, but not one shared by many targets', () => {
    expect(suggestTargetCodes('Indian', ETHNICITY)).toEqual([expect.objectContaining({ target: 'H', confidence: 0.8 })]);
    expect(suggestTargetCodes('Asian or Asian British', ETHNICITY)).toEqual([]);
  });

  it('does not call a neighbour of an exact description a misspelling of it', () => {
    expect(suggestTargetCodes('White - British', ETHNICITY).map((s) => s.target)).toEqual(['A']);
  });

  it('takes a near spelling or an abbreviation for the description, at most 0.7 sure', () => {
    const [femal] = suggestTargetCodes('Femal', SEX);
    expect(femal!.target).toBe('2');
    expect(femal!.confidence).toBeGreaterThanOrEqual(0.3);
    expect(femal!.confidence).toBeLessThanOrEqual(0.7);
    const [marr] = suggestTargetCodes('Marr', MARITAL);
    expect(marr).toMatchObject({ target: 'M' });
    expect(marr!.confidence).toBeLessThanOrEqual(0.7);
    expect(marr!.reason).toContain('married');
    expect(suggestTargetCodes('Wdwd', MARITAL)[0]?.target).toBe('W');
  });

  it('suggests nothing for garbage, blanks, or an abbreviation that fits many targets', () => {
    expect(suggestTargetCodes('zz9', SEX, LIBRARY)).toEqual([]);
    expect(suggestTargetCodes('zz9', ETHNICITY, LIBRARY)).toEqual([]);
    expect(suggestTargetCodes('   ', SEX, LIBRARY)).toEqual([]);
    expect(suggestTargetCodes('Any', ETHNICITY)).toEqual([]);
  });
});

describe('suggestTargetCodes from the library', () => {
  it('finds an unseen code in a built-in crosswalk into the same codes, and names it', () => {
    const [two] = suggestTargetCodes('2', SEX, LIBRARY);
    expect(two!.target).toBe('2');
    // The library lifts it above the bare identity match (0.75).
    expect(two!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(two!.reason).toContain('NHS Person Gender Code Current');
    const [female] = suggestTargetCodes('Female', SEX, LIBRARY);
    expect(female).toMatchObject({ target: '2', description: 'Female' });
    expect(female!.confidence).toBeGreaterThan(0.9);
  });

  it('trusts the library crosswalk that agrees with the existing rows over one that does not', () => {
    const suggestions = suggestTargetCodes('Unknown', SEX, LIBRARY);
    expect(suggestions.map((s) => s.target)).toEqual(['0', 'X']);
    expect(suggestions[0]!.confidence).toBeGreaterThan(suggestions[1]!.confidence);
    expect(suggestions[1]!.reason).toContain('does not use yet');
    expect(suggestions[1]!.description).toBe('Not Known (not recorded)');
  });

  it('ignores a library crosswalk whose target codes only look the same', () => {
    // Ethnic category also has targets S, M, D, P and N, meaning something else entirely.
    const [disclosed, ...rest] = suggestTargetCodes('N', MARITAL, LIBRARY);
    expect(disclosed).toMatchObject({ target: 'N', description: 'Not disclosed' });
    expect(disclosed!.reason).toContain('Marital Status');
    expect(disclosed!.reason).not.toContain('Ethnic');
    expect(rest).toEqual([]);
  });

  it('ignores library crosswalks into other codes altogether', () => {
    expect(suggestTargetCodes('Male', demo('attendance'), LIBRARY)).toEqual([]);
  });

  it('reaches targets the crosswalk does not use yet', () => {
    expect(suggestTargetCodes('Booked', demo('admission_method'), LIBRARY)[0]).toMatchObject({ target: '12', description: 'Elective Admission: Booked' });
  });

  it('takes a library row in another case when there is no exact one', () => {
    const [hit] = suggestTargetCodes('HISPANIC ', { rows: [{ source: 'nonhispanic', target: '38003564', description: '' }, { source: 'x', target: '0', description: '' }] }, LIBRARY);
    expect(hit).toMatchObject({ target: '38003563', description: 'Hispanic or Latino' });
    expect(hit!.reason).toContain('"HISPANIC"');
  });
});

describe('suggestTargetCodes ordering and limits', () => {
  const tied = { rows: [{ source: 'x-', target: '10', description: '' }, { source: 'X.', target: '9', description: '' }, { source: 'x_', target: 'B', description: '' }, { source: 'x!', target: 'A', description: '' }] };

  it('returns at most three by default, or the limit asked for', () => {
    expect(suggestTargetCodes('x', tied)).toHaveLength(3);
    expect(suggestTargetCodes('x', tied, [], { limit: 10 })).toHaveLength(4);
    expect(suggestTargetCodes('x', tied, [], { limit: 1 })).toHaveLength(1);
    expect(suggestTargetCodes('x', tied, [], { limit: 0 })).toEqual([]);
  });

  it('breaks ties by target code, numbers in numeric order, whatever the row order', () => {
    const expected = ['9', '10', 'A', 'B'];
    expect(suggestTargetCodes('x', tied, [], { limit: 10 }).map((s) => s.target)).toEqual(expected);
    expect(suggestTargetCodes('x', { rows: [...tied.rows].reverse() }, [], { limit: 10 }).map((s) => s.target)).toEqual(expected);
  });

  it('orders by confidence and keeps everything between 0.3 and 1, with a reason as a sentence', () => {
    const codes = ['m', 'Female', 'Unknown', 'Femal', 'Fem', '2', 'Indeterminate', 'not known'];
    for (const code of codes) {
      const suggestions = suggestTargetCodes(code, SEX, LIBRARY, { limit: 10 });
      expect(suggestions.length, code).toBeGreaterThan(0);
      for (const [i, s] of suggestions.entries()) {
        expect(s.confidence).toBeGreaterThanOrEqual(0.3);
        expect(s.confidence).toBeLessThanOrEqual(1);
        expect(s.reason).toMatch(/^["A-Z].*\.$/);
        if (i > 0) expect(s.confidence).toBeLessThanOrEqual(suggestions[i - 1]!.confidence);
      }
    }
  });
});
