/** Weights applied to the first nine digits in the modulus 11 check, most significant first. */
const CHECK_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The leading digits of the range set aside for test and demo data: numbers in
 * `999 000 0000`–`999 999 9999` pass the check but are never issued to a patient, so
 * synthetic data made from them cannot name a real person.
 */
export const NHS_TEST_RANGE_PREFIX = '999';

/**
 * The modulus 11 check digit for the first nine digits of an NHS number. Returns null
 * when the nine digits are malformed or can never form a valid number (the check works
 * out to 10); a check of 11 is written as 0.
 */
export function nhsCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (first9.charCodeAt(i) - 48) * CHECK_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/**
 * Whether a value is a well-formed NHS number with a correct check digit. Accepts ten
 * digits, written together (`9434765919`) or grouped 3-3-4 with single spaces
 * (`943 476 5919`), as people type them; surrounding whitespace is ignored.
 */
export function isValidNhsNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d{10}$/.test(trimmed) && !/^\d{3} \d{3} \d{4}$/.test(trimmed)) return false;
  const digits = trimmed.replace(/ /g, '');
  return nhsCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/**
 * Completes nine digits into a valid ten-digit NHS number, or null when no check digit
 * exists for them.
 */
export function completeNhsNumber(first9: string): string | null {
  const check = nhsCheckDigit(first9);
  return check === null ? null : first9 + String(check);
}

/**
 * Draws a random valid NHS number that starts with `prefix` (by default the test range,
 * so the number can never be a real patient's). `randomInt(n)` must return an integer in
 * `[0, n)`; pass a seeded source to get repeatable numbers.
 */
export function generateNhsNumber(
  randomInt: (exclusiveMax: number) => number,
  prefix: string = NHS_TEST_RANGE_PREFIX,
): string {
  if (!/^\d{0,8}$/.test(prefix)) throw new RangeError('an NHS number prefix is at most 8 digits');
  for (;;) {
    let body = prefix;
    while (body.length < 9) body += String(randomInt(10));
    const number = completeNhsNumber(body);
    if (number !== null) return number;
  }
}
