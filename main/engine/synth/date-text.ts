import { civilDate, dayNumber, parseIsoDate, weekday } from './calendar';

/**
 * Legacy `dd/mm/yyyy` dates rewritten in the shapes FHIR and HL7 v2 use. The parts are
 * moved, never checked: an impossible legacy date (31/04/2024, a defect) becomes an
 * impossible ISO or HL7 date (2024-04-31, 20240431), so the defect survives the
 * translation. A blank date stays blank.
 */

const LEGACY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** `dd/mm/yyyy` as `yyyy-mm-dd`, parts as written; other text is returned unchanged. */
export function isoDateText(legacy: string): string {
  const match = LEGACY.exec(legacy);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : legacy;
}

/** `dd/mm/yyyy` as HL7 `yyyymmdd`, parts as written; other text is returned unchanged. */
export function hl7DateText(legacy: string): string {
  const match = LEGACY.exec(legacy);
  return match ? `${match[3]}${match[2]}${match[1]}` : legacy;
}

/** A legacy date and an `HH:MM` time as HL7 `yyyymmddHHMM` (local time, as PAS feeds send it). */
export function hl7DateTimeText(legacyDate: string, time: string): string {
  return hl7DateText(legacyDate) + time.replace(':', '');
}

/**
 * A legacy date and an `HH:MM` UK wall-clock time as a FHIR dateTime, which must carry
 * its offset once it has a time: `2024-07-01T09:30:00+01:00`. An impossible date has no
 * offset of its own and is given `+00:00`.
 */
export function fhirDateTimeText(legacyDate: string, time: string): string {
  const iso = isoDateText(legacyDate);
  const day = parseIsoDate(iso);
  const offset = day === null ? '+00:00' : ukOffset(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
  return `${iso}T${time}:00${offset}`;
}

/** The last Sunday of March or October (both have 31 days), as a day number. */
function lastSunday(year: number, month: 3 | 10): number {
  const last = dayNumber(year, month, 31);
  return last - ((weekday(last) + 1) % 7);
}

/**
 * The UTC offset of UK civil time at a local day and minute, by the rules in force since
 * 1996: summer time from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last
 * Sunday of October. The hour that repeats in October is read as GMT, the later one.
 */
export function ukOffset(day: number, minutes: number): '+00:00' | '+01:00' {
  const { year } = civilDate(day);
  const start = lastSunday(year, 3);
  const end = lastSunday(year, 10);
  const afterStart = day > start || (day === start && minutes >= 60);
  const beforeEnd = day < end || (day === end && minutes < 60);
  return afterStart && beforeEnd ? '+01:00' : '+00:00';
}
