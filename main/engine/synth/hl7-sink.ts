import { join } from 'node:path';
import { formatLegacyDate } from './calendar';
import { BufferedFileWriter } from './csv-writer';
import type { DatasetSink, RowToWrite, SpellLocators } from './dataset-sink';
import { hl7DateText } from './date-text';
import type { DefectLocator } from './defects';
import {
  activityPid, admitPv1, dg1Segment, dischargePv1, evnSegment, mshSegment, outpatientPv1, registrationPd1,
  registrationPid, schSegment, segment, spellPv1,
} from './hl7-segments';
import { formatId, type AdmissionRow, type AppointmentRow, type DiagnosisRow, type PatientRow } from './tables';

/** The one message file. */
export const HL7_FILE = 'adt.hl7';

type Place = readonly [segment: string, element: string];

/** Where each damageable column sits, by the message that carries it. */
const REGISTRATION: Readonly<Record<string, Place>> = {
  nhs_number: ['PID', 'PID-3'],
  surname: ['PID', 'PID-5.1'],
  forename: ['PID', 'PID-5.2'],
  date_of_birth: ['PID', 'PID-7'],
  sex: ['PID', 'PID-8'],
  ethnic_code: ['PID', 'PID-22'],
  registered_date: ['EVN', 'EVN-6'],
};
const ADMIT: Readonly<Record<string, Place>> = {
  pas_id: ['PID', 'PID-3.1'],
  admit_date: ['PV1', 'PV1-44'],
  admission_method: ['PV1', 'PV1-4'],
};
const DISCHARGE: Readonly<Record<string, Place>> = { discharge_date: ['PV1', 'PV1-45'] };
const BOOKING: Readonly<Record<string, Place>> = {
  appointment_date: ['SCH', 'SCH-11.4'],
  attendance_status: ['SCH', 'SCH-25'],
};

/**
 * HL7 v2.5 output: every record as ER7 messages in `adt.hl7`, segments ended by CR.
 * A patient is an ADT^A04 registration (EVN, PID, PD1, PV1); a spell an ADT^A01 admit
 * and, once discharged, an ADT^A03, its diagnoses as DG1 segments in the message of the
 * day they were coded (the discharge, or the admission of a spell still open). A
 * diagnosis of a spell that does not exist (an orphan) comes in an ADT^A08 about that
 * spell; an appointment is an SIU^S12 (SCH, PID, PV1, RGS). Messages are numbered from 1
 * in the file, which is the connector's `message_index`; MSH-10 holds the same number.
 */
export class Hl7Sink implements DatasetSink {
  private readonly file: BufferedFileWriter;
  private readonly sentAt: string;
  private messages = 0;

  /** Opens `adt.hl7` in `outDir`; every message is dated the reference day, when the feed was made. */
  constructor(outDir: string, referenceDay: number) {
    this.file = new BufferedFileWriter(join(outDir, HL7_FILE));
    this.sentAt = hl7DateText(formatLegacyDate(referenceDay));
  }

  /** See {@link DatasetSink.writePatient}. */
  writePatient({ row, field }: RowToWrite<PatientRow>): DefectLocator | null {
    const message = this.send('ADT^A04^ADT_A01', [
      evnSegment('A04', this.sentAt, hl7DateText(row.registered_date)),
      registrationPid(row),
      registrationPd1(row),
      segment('PV1', { 1: '1', 2: 'N' }),
    ]);
    return field === null ? null : locate(message, REGISTRATION, field);
  }

  /** See {@link DatasetSink.writeAdmission}. */
  writeAdmission(admission: RowToWrite<AdmissionRow>, diagnoses: readonly RowToWrite<DiagnosisRow>[]): SpellLocators {
    const { row, field } = admission;
    const own = diagnoses.filter((diagnosis) => diagnosis.row.admission_id === row.admission_id);
    const discharged = row.discharge_date !== '';
    const pid = activityPid(row.pas_id);
    const admit = this.send('ADT^A01^ADT_A01', [
      evnSegment('A01', this.sentAt), pid, admitPv1(row), ...(discharged ? [] : codedDiagnoses(own, 'W')),
    ]);
    const discharge = discharged
      ? this.send('ADT^A03^ADT_A03', [evnSegment('A03', this.sentAt), pid, dischargePv1(row), ...codedDiagnoses(own, 'F')])
      : null;
    let setId = 0;
    const located = diagnoses.map((diagnosis) => {
      if (diagnosis.row.admission_id === row.admission_id) return locateDiagnosis(discharge ?? admit, ++setId, diagnosis.field);
      const orphan = this.send('ADT^A08^ADT_A01', [
        evnSegment('A08', this.sentAt), activityPid(diagnosis.row.pas_id), spellPv1(diagnosis.row.admission_id),
        dg1Segment(1, diagnosis.row, 'F'),
      ]);
      return locateDiagnosis(orphan, 1, diagnosis.field);
    });
    let at: DefectLocator | null = null;
    // Only a discharged spell can have its discharge date damaged, so the A03 is there.
    if (field !== null) at = field in DISCHARGE ? locate(discharge!, DISCHARGE, field) : locate(admit, ADMIT, field);
    return { admission: at, diagnoses: located };
  }

  /** See {@link DatasetSink.writeAppointment}. */
  writeAppointment({ row, field }: RowToWrite<AppointmentRow>): DefectLocator | null {
    const message = this.send('SIU^S12^SIU_S12', [schSegment(row), activityPid(row.pas_id), outpatientPv1(row), segment('RGS', { 1: '1' })]);
    return field === null ? null : locate(message, BOOKING, field);
  }

  /** See {@link DatasetSink.full}. */
  get full(): boolean {
    return this.file.full;
  }

  /** See {@link DatasetSink.flush}. */
  flush(): Promise<void> {
    return this.file.flushIfFull();
  }

  /** See {@link DatasetSink.close}. */
  close(): Promise<void> {
    return this.file.close();
  }

  /** See {@link DatasetSink.abandon}. */
  abandon(): void {
    this.file.abandon();
  }

  /** Writes one message (its MSH made here) and answers its number. */
  private send(messageType: string, body: string[]): number {
    const number = ++this.messages;
    this.file.write(`${[mshSegment(messageType, formatId('MSG', 9, number), this.sentAt), ...body].join('\r')}\r`);
    return number;
  }
}

/** The DG1 segments of a spell's own diagnoses, set IDs from 1. */
function codedDiagnoses(diagnoses: readonly RowToWrite<DiagnosisRow>[], type: 'W' | 'F'): string[] {
  return diagnoses.map((diagnosis, i) => dg1Segment(i + 1, diagnosis.row, type));
}

function locate(message: number, places: Readonly<Record<string, Place>>, field: string): DefectLocator {
  const place = places[field];
  if (place === undefined) throw new Error(`no HL7 v2 field is known for ${field}`);
  return { file: HL7_FILE, message, segment: place[0], element: place[1] };
}

/** A diagnosis's damaged field: its spell number in the PV1, or its date in its DG1 (`DG1[2]` for the second). */
function locateDiagnosis(message: number, setId: number, field: string | null): DefectLocator | null {
  if (field === null) return null;
  if (field === 'admission_id') return { file: HL7_FILE, message, segment: 'PV1', element: 'PV1-19' };
  const label = setId > 1 ? `DG1[${setId}]` : 'DG1';
  return locate(message, { recorded_date: [label, 'DG1-5'] }, field);
}
