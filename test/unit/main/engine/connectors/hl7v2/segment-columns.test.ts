import { describe, expect, it } from 'vitest';
import { readDelimiters, type Delimiters } from '../../../../../../main/engine/connectors/hl7v2/delimiters';
import { decodeEscapes } from '../../../../../../main/engine/connectors/hl7v2/escapes';
import { columnName, compareColumns, segmentValues } from '../../../../../../main/engine/connectors/hl7v2/segment-columns';

const STANDARD: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
const utf8 = (bytes: Buffer) => bytes.toString('utf8');

describe('readDelimiters', () => {
  it('reads the standard and the v2.7 five-character form', () => {
    expect(readDelimiters('MSH|^~\\&|APP')).toEqual(STANDARD);
    expect(readDelimiters('MSH|^~\\&#|APP')).toEqual(STANDARD);
  });

  it.each([
    ['MSH', /MSH-1/],
    ['MSHA^~\\&A', /MSH-1/],
    ['MSH|^~|APP', /has 2 characters; 4 are expected/],
    ['MSH|^~\\&#$|APP', /has 6 characters/],
    ['MSH|^^\\&|APP', /4 distinct symbols/],
    ['MSH|^~a&|APP', /4 distinct symbols/],
  ])('explains what is wrong with %s', (msh, reason) => {
    expect(readDelimiters(msh)).toMatch(reason);
  });
});

describe('decodeEscapes', () => {
  it('decodes separators, hex and line breaks, and keeps what it does not know', () => {
    expect(decodeEscapes('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f', STANDARD, utf8)).toBe('a|b^c&d~e\\f');
    expect(decodeEscapes('\\XC3A9\\t\\.br\\x', STANDARD, utf8)).toBe('ét\nx');
    expect(decodeEscapes('\\Cxxyy\\ and \\Xzz\\', STANDARD, utf8)).toBe('\\Cxxyy\\ and \\Xzz\\');
    expect(decodeEscapes('open \\F', STANDARD, utf8)).toBe('open \\F');
  });
});

describe('segment columns', () => {
  it('names field, component, subcomponent and repetition', () => {
    expect(columnName('PID', 5, 1)).toBe('PID_5_1');
    expect(columnName('PID', 3, 4, 2)).toBe('PID_3_4_2');
    expect(columnName('PID', 3, 1, 1, 2)).toBe('PID_3_1_r2');
    expect(columnName('PID', 3, 4, 2, 3)).toBe('PID_3_4_2_r3');
  });

  it('makes no column for empty values and keeps HL7 explicit nulls ("") as written', () => {
    const { values } = segmentValues('PID', 'PID|1||""|||', STANDARD, utf8);
    expect(values).toEqual({ PID_1_1: '1', PID_3_1: '""' });
  });

  it('orders by field, repetition, component, subcomponent', () => {
    const names = ['PID_10_1', 'PID_3_1_r2', 'PID_3_4_2', 'PID_3_4', 'PID_3_1', 'PID_2_1'];
    expect([...names].sort(compareColumns)).toEqual(['PID_2_1', 'PID_3_1', 'PID_3_4', 'PID_3_4_2', 'PID_3_1_r2', 'PID_10_1']);
  });
});
