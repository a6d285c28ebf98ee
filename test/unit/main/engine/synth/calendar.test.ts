import { describe, expect, it } from 'vitest';
import {
  ageInYears, civilDate, dayNumber, daysInMonth, formatLegacyDate, formatTime, parseIsoDate, weekday,
} from '../../../../../main/engine/synth/calendar';

describe('calendar', () => {
  it('agrees with the built-in UTC calendar over two centuries', () => {
    for (let days = dayNumber(1900, 1, 1); days < dayNumber(2100, 1, 1); days += 37) {
      const date = new Date(days * 86_400_000);
      expect(civilDate(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      expect(dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
      expect(weekday(days)).toBe((date.getUTCDay() + 6) % 7);
    }
  });

  it('formats legacy dates and times', () => {
    expect(formatLegacyDate(dayNumber(1987, 2, 3))).toBe('03/02/1987');
    expect(formatLegacyDate(0)).toBe('01/01/1970');
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(9 * 60 + 5)).toBe('09:05');
    expect(formatTime(23 * 60 + 59)).toBe('23:59');
  });

  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2025-06-30')).toBe(dayNumber(2025, 6, 30));
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('30/06/2025')).toBeNull();
  });

  it('counts leap days and birthdays', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(ageInYears(dayNumber(1990, 6, 30), dayNumber(2025, 6, 29))).toBe(34);
    expect(ageInYears(dayNumber(1990, 6, 30), dayNumber(2025, 6, 30))).toBe(35);
  });
});
