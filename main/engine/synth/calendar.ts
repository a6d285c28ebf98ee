/**
 * Civil dates as whole day numbers (days since 1970-01-01), converted with plain integer
 * arithmetic (Howard Hinnant's algorithms) so that results never depend on the machine's
 * time zone or locale, and formatted the way the legacy PAS exports them.
 */

/** A calendar date split into its parts; `month` is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The day number of a civil date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilDate(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether a year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a strict ISO `yyyy-mm-dd` date into a day number, or null when it is not a real date. */
export function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** Zero-pads a number to two digits. */
function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Writes date parts as legacy `dd/mm/yyyy`, without checking that they form a real date. */
export function formatDateParts(year: number, month: number, day: number): string {
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

/** Writes a day number as legacy `dd/mm/yyyy`. */
export function formatLegacyDate(days: number): string {
  const { year, month, day } = civilDate(days);
  return formatDateParts(year, month, day);
}

/** Writes minutes after midnight as `HH:MM`. */
export function formatTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Day of the week of a day number: 0 = Monday … 6 = Sunday. */
export function weekday(days: number): number {
  // 1970-01-01 was a Thursday.
  return (((days + 3) % 7) + 7) % 7;
}

/** Whole years between a birth day and a later day, as a person counts birthdays. */
export function ageInYears(birthDay: number, onDay: number): number {
  const birth = civilDate(birthDay);
  const on = civilDate(onDay);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
