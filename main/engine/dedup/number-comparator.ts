import { defineComparator } from './comparator';
import { digitsOf } from './normalise-value';
import { isOneTypoApart } from './one-typo';

const NUMERIC = /^[+-]?\d+(\.\d+)?$/;

/** A number-like value: its numeric value when it is plainly one, and its digits. */
interface PreparedNumber {
  text: string;
  value: number | null;
  digits: string;
}

/**
 * Numbers that are keyed rather than measured (house number, a national insurance or
 * social security number): the same number agrees (`007` and `7` too); digits one typo
 * apart partly agree. A value without digits falls back to exact comparison.
 */
export const numberComparator = defineComparator<PreparedNumber>({
  prepare: (text) => {
    const plain = text.replace(/[\s,]+/g, '');
    return { text, value: NUMERIC.test(plain) ? Number(plain) : null, digits: digitsOf(text) };
  },
  compare: (a, b) => {
    if (a.value !== null && a.value === b.value) return 'agree';
    if (a.digits === '' || b.digits === '') return a.text === b.text ? 'agree' : 'disagree';
    if (a.digits === b.digits) return 'agree';
    return isOneTypoApart(a.digits, b.digits) ? 'partial' : 'disagree';
  },
});
