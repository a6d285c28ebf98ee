import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../../main/engine/synth/calendar';
import { fhirDateTimeText, hl7DateText, hl7DateTimeText, isoDateText, ukOffset } from '../../../../../main/engine/synth/date-text';

describe('date text', () => {
  it('moves the parts of a legacy date, impossible ones included, and keeps blanks blank', () => {
    expect(isoDateText('05/09/1960')).toBe('1960-09-05');
    expect(isoDateText('31/04/2024')).toBe('2024-04-31');
    expect(isoDateText('00/05/1975')).toBe('1975-05-00');
    expect(isoDateText('')).toBe('');
    expect(hl7DateText('15/13/1975')).toBe('19751315');
    expect(hl7DateText('')).toBe('');
    expect(hl7DateTimeText('02/01/2024', '10:15')).toBe('202401021015');
  });

  it('gives FHIR dateTimes the UK offset of their day and time', () => {
    expect(fhirDateTimeText('15/01/2024', '09:30')).toBe('2024-01-15T09:30:00+00:00');
    expect(fhirDateTimeText('15/07/2024', '09:30')).toBe('2024-07-15T09:30:00+01:00');
    // 2024: summer time from 31 March to 27 October.
    expect(fhirDateTimeText('30/03/2024', '23:00')).toBe('2024-03-30T23:00:00+00:00');
    expect(fhirDateTimeText('31/03/2024', '00:30')).toBe('2024-03-31T00:30:00+00:00');
    expect(fhirDateTimeText('31/03/2024', '03:00')).toBe('2024-03-31T03:00:00+01:00');
    expect(fhirDateTimeText('27/10/2024', '00:30')).toBe('2024-10-27T00:30:00+01:00');
    expect(fhirDateTimeText('27/10/2024', '01:30')).toBe('2024-10-27T01:30:00+00:00');
    expect(fhirDateTimeText('31/04/2024', '10:00')).toBe('2024-04-31T10:00:00+00:00');
  });

  it('finds the last Sundays of March and October in other years', () => {
    // 2023: 26 March and 29 October; 2021: 28 March and 31 October.
    expect(ukOffset(dayNumber(2023, 3, 25), 720)).toBe('+00:00');
    expect(ukOffset(dayNumber(2023, 3, 26), 720)).toBe('+01:00');
    expect(ukOffset(dayNumber(2023, 10, 28), 720)).toBe('+01:00');
    expect(ukOffset(dayNumber(2023, 10, 29), 720)).toBe('+00:00');
    expect(ukOffset(dayNumber(2021, 10, 30), 720)).toBe('+01:00');
    expect(ukOffset(dayNumber(2021, 10, 31), 720)).toBe('+00:00');
  });
});
