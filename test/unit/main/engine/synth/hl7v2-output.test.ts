import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../../main/engine/connectors/connector';
import { hl7v2Source } from '../../../../../main/engine/connectors/hl7v2/hl7v2-source';
import { cleanTempDirs } from '../../../helpers/temp-project';
import { defectFacts, generateTwice, hl7Of, orMissing, readTable, type TwoFormats } from './formats-fixture';

/**
 * The HL7 v2 output read back through the project's own HL7 v2 connector: the same
 * records as the CSV output of the same seed, field for field, with the same defects
 * located at the message and segment that carry them.
 */

const SEXES: Record<string, string> = { M: 'M', F: 'F', U: 'U', I: 'A' };
const SEGMENTS = ['MSH', 'EVN', 'PID', 'PD1', 'PV1', 'DG1', 'SCH', 'RGS'];

type Values = Record<string, CellValue>;

/** One message: its event (`A04`, `S12`…) and its segments by the connector's label (`PID`, `DG1[2]`). */
interface Message {
  event: string;
  segments: Map<string, Values>;
}

let data: TwoFormats;
let messages: Map<number, Message>;

/** The messages of one event, in file order. */
function ofEvent(event: string): Message[] {
  return [...messages.values()].filter((message) => message.event === event);
}

/** The DG1 segments of a message, in order. */
function diagnosesOf(message: Message): Values[] {
  return [...message.segments].filter(([label]) => label.startsWith('DG1')).map(([, values]) => values);
}

beforeAll(async () => {
  data = await generateTwice('hl7v2', 600, 31337, 0.2);
  const source = hl7v2Source.open({ path: '.' }, { baseDir: data.dir });
  messages = new Map();
  for (const name of SEGMENTS) {
    for (const row of await readTable(source, name)) {
      const index = Number(row.values['message_index']);
      const message = messages.get(index) ?? { event: '', segments: new Map<string, Values>() };
      messages.set(index, message);
      message.segments.set(row.locator.segment!, row.values);
      if (name === 'MSH') message.event = String(row.values['MSH_9_2']);
    }
  }
});
afterAll(cleanTempDirs);

describe('HL7 v2 output', () => {
  it('is read clean by the connector, with one message per record as the CSV output counts them', async () => {
    const report = await hl7v2Source.open({ path: 'adt.hl7' }, { baseDir: data.dir }).test();
    expect(report).toMatchObject({ ok: true, problems: [], detected: { versions: '2.5' } });
    const { csv } = data;
    const orphanDiagnoses = data.manifest.defects.filter((d) => d.kind === 'orphan_diagnosis').length;
    expect(ofEvent('A04')).toHaveLength(csv.patients.rows.length);
    expect(ofEvent('A01')).toHaveLength(csv.admissions.rows.length);
    expect(ofEvent('A03')).toHaveLength(csv.admissions.rows.filter((row) => row.discharge_date !== '').length);
    expect(ofEvent('S12')).toHaveLength(csv.outpatient_appointments.rows.length);
    expect(ofEvent('A08')).toHaveLength(orphanDiagnoses);
    expect(orphanDiagnoses).toBeGreaterThan(0);
    expect([...messages.values()].reduce((n, message) => n + diagnosesOf(message).length, 0)).toBe(csv.diagnoses.rows.length);
  });

  it('ends segments with CR alone and declares the standard delimiters', () => {
    const text = readFileSync(join(data.dir, 'adt.hl7'), 'utf8');
    expect(text.includes('\n')).toBe(false);
    expect(text.startsWith('MSH|^~\\&|')).toBe(true);
    expect(text.endsWith('\r')).toBe(true);
  });

  it('carries every patient in its registration, field for field, defects and all', () => {
    const registrations = new Map(ofEvent('A04').map((message) => [String(message.segments.get('PID')!['PID_3_1']), message]));
    for (const row of data.csv.patients.rows) {
      const message = registrations.get(row.pas_id!)!;
      const pid = message.segments.get('PID')!;
      expect(pid['PID_3_1_r2']).toBe(orMissing(row.nhs_number!));
      expect(pid['PID_5_1']).toBe(orMissing(row.surname!));
      expect(pid['PID_5_2']).toBe(row.forename);
      expect(pid['PID_5_5']).toBe(orMissing(row.title!));
      expect(pid['PID_7_1']).toBe(hl7Of(row.date_of_birth!));
      expect(pid['PID_8_1']).toBe(SEXES[row.sex!] ?? row.sex);
      expect(pid['PID_29_1']).toBe(hl7Of(row.date_of_death!));
      expect(pid['PID_13_1']).toBe(orMissing(row.phone!));
      expect(pid).toMatchObject({ PID_11_1: row.address_line1, PID_11_3: row.town, PID_11_5: row.postcode, PID_16_1: row.marital_code, PID_22_1: row.ethnic_code });
      expect(message.segments.get('PD1')!['PD1_3_10']).toBe(row.gp_practice);
      expect(message.segments.get('EVN')!['EVN_6_1']).toBe(hl7Of(row.registered_date!));
    }
  });

  it('carries every spell, its diagnoses and every appointment field for field', () => {
    const admits = new Map(ofEvent('A01').map((message) => [String(message.segments.get('PV1')!['PV1_19_1']), message]));
    const discharges = new Map(ofEvent('A03').map((message) => [String(message.segments.get('PV1')!['PV1_19_1']), message]));
    const coded = new Map<string, { message: Message; dg1: Values }>();
    for (const message of messages.values()) for (const dg1 of diagnosesOf(message)) coded.set(String(dg1['DG1_20_1']), { message, dg1 });
    for (const row of data.csv.admissions.rows) {
      const admit = admits.get(row.admission_id!)!;
      expect(admit.segments.get('PID')!['PID_3_1']).toBe(row.pas_id);
      expect(admit.segments.get('PV1')).toMatchObject({
        PV1_2_1: 'I', PV1_3_1: row.ward, PV1_4_1: row.admission_method, PV1_7_1: row.consultant_code, PV1_10_1: row.specialty,
        PV1_44_1: `${hl7Of(row.admit_date!)}${row.admit_time!.replace(':', '')}`,
      });
      expect(discharges.get(row.admission_id!)?.segments.get('PV1')!['PV1_45_1']).toBe(hl7Of(row.discharge_date!));
    }
    for (const row of data.csv.diagnoses.rows) {
      const { message, dg1 } = coded.get(row.diagnosis_id!)!;
      expect(dg1).toMatchObject({ DG1_3_1: row.icd10_code, DG1_3_3: 'I10', DG1_5_1: hl7Of(row.recorded_date!), DG1_15_1: row.diagnosis_seq });
      expect(message.segments.get('PV1')!['PV1_19_1']).toBe(row.admission_id);
      expect(message.segments.get('PID')!['PID_3_1']).toBe(row.pas_id);
      // Coded when the spell closed, or at admission while it is still open; an orphan's spell is not there at all.
      const spell = data.csv.admissions.byKey.get(row.admission_id!);
      expect(message.event).toBe(spell === undefined ? 'A08' : spell.discharge_date === '' ? 'A01' : 'A03');
    }
    const bookings = new Map(ofEvent('S12').map((message) => [String(message.segments.get('SCH')!['SCH_1_1']), message]));
    for (const row of data.csv.outpatient_appointments.rows) {
      const booking = bookings.get(row.appointment_id!)!;
      expect(booking.segments.get('SCH')).toMatchObject({
        SCH_11_4: `${hl7Of(row.appointment_date!)}${row.appointment_time!.replace(':', '')}`, SCH_25_1: row.attendance_status,
      });
      expect(booking.segments.get('PV1')).toMatchObject({ PV1_2_1: 'O', PV1_3_1: row.clinic_code, PV1_10_1: row.specialty });
      expect(booking.segments.get('PID')!['PID_3_1']).toBe(row.pas_id);
    }
  });

  it('lists the same defects as the CSV, each at the message and segment that carry it', () => {
    expect(data.manifest.format).toBe('hl7v2');
    expect(defectFacts(data.manifest.defects)).toEqual(defectFacts(data.csv.manifest.defects));
    expect(new Set(data.manifest.defects.map((d) => d.kind)).size).toBe(15);
    const keyField: Record<string, [string, string]> = {
      patients: ['PID', 'PID_3_1'], admissions: ['PV1', 'PV1_19_1'], outpatient_appointments: ['SCH', 'SCH_1_1'],
    };
    for (const d of data.manifest.defects) {
      expect(Object.keys(d).slice(0, 6)).toEqual(['table', 'key', 'file', 'message', 'segment', 'element']);
      const message = messages.get(Number(d.message))!;
      expect(message.segments.has(String(d.segment)), `${d.table}/${d.key}`).toBe(true);
      expect(String(d.element).startsWith(String(d.segment).slice(0, 3))).toBe(true);
      if (d.table === 'diagnoses') {
        expect(diagnosesOf(message).some((dg1) => dg1['DG1_20_1'] === d.key)).toBe(true);
      } else {
        const [segment, column] = keyField[d.table]!;
        expect(message.segments.get(segment)![column]).toBe(d.key);
      }
    }
  });
});
