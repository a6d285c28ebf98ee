import { UserError } from '../errors';
import { drawAdmissions, drawAppointments, type ActivityContext, type AdmissionPlan, type AppointmentPlan } from './activity';
import { formatLegacyDate, formatTime } from './calendar';
import { ConsultantPool } from './code-sets';
import type { DatasetSink, RowToWrite } from './dataset-sink';
import { DefectChooser, type DefectWeights } from './defect-choice';
import { DefectManifestWriter, type ManifestHeader } from './defect-manifest';
import {
  damageAdmission, damageAppointment, damageDiagnosisDate, damagePatient, type DefectKind, type DefectLocator,
} from './defects';
import { DuplicateQueue } from './duplicates';
import { NhsNumberAllocator } from './nhs-allocator';
import { openSink, type OutputFormat } from './output-format';
import { drawPerson, type Person, type PersonContext } from './person';
import { GpPracticePool } from './places';
import { Prng } from './prng';
import { formatId, type AdmissionRow, type AppointmentRow, type DiagnosisRow, type PatientRow } from './tables';

/** Keys that separate the random streams drawn from one seed. */
const STREAM = { pools: 1, person: 2, defects: 3 } as const;

/** The largest pas_id number: `P` and seven digits. */
const MAX_PAS_NUMBER = 9_999_999;

/** What the writer needs to know about the dataset. */
export interface DatasetSettings {
  seed: number;
  defectRate: number;
  /** Checked weights replacing the default ones (see defect-choice.ts); absent for the defaults. */
  defectKinds?: DefectWeights;
  format: OutputFormat;
  referenceDay: number;
  outDir: string;
}

/** A diagnosis row with the defect it was given. */
interface DiagnosisToWrite extends RowToWrite<DiagnosisRow> {
  kind: DefectKind | null;
}

/**
 * Turns one person at a time into rows of the four tables and writes them at once, in
 * the chosen format. Each person is drawn from their own stream (seed, index), so person
 * 42 is the same whatever the dataset size; defects come from a separate stream, so the
 * clean values do not depend on the defect rate. The rows, and so the people, activity
 * and defects, are the same in every format. Ids are handed out in writing order. An
 * orphan takes a fresh id from its table's sequence that no row will ever use: a gap,
 * like the id of a record deleted or merged in the source system.
 */
export class DatasetWriter {
  private readonly sink: DatasetSink;
  private readonly manifest: DefectManifestWriter;
  private readonly chooser: DefectChooser;
  private readonly written = { patients: 0, admissions: 0, appointments: 0, diagnoses: 0 };
  private readonly duplicates = new DuplicateQueue();
  private readonly context: PersonContext & ActivityContext;
  private pasNumber = 0;
  private admissionNumber = 0;
  private appointmentNumber = 0;
  private diagnosisNumber = 0;

  /** Opens the format's files and the defect manifest in `settings.outDir`. */
  constructor(private readonly settings: DatasetSettings) {
    this.sink = openSink(settings.format, settings.outDir, settings.referenceDay);
    this.manifest = new DefectManifestWriter(settings.outDir);
    this.chooser = new DefectChooser(settings.defectRate, settings.defectKinds);
    const pools = new Prng(settings.seed, STREAM.pools);
    this.context = {
      referenceDay: settings.referenceDay,
      nhsNumbers: new NhsNumberAllocator(pools),
      gpPractices: new GpPracticePool(pools),
      consultants: new ConsultantPool(pools),
    };
  }

  /** Writes person `index` (0-based) with all their activity, then any duplicates now due. */
  addPerson(index: number): void {
    const rng = new Prng(this.settings.seed, STREAM.person, index);
    const defects = new Prng(this.settings.seed, STREAM.defects, index);
    const person = drawPerson(rng, this.context);
    const admissions = drawAdmissions(rng, person, this.context);
    const appointments = drawAppointments(rng, person, this.context);

    const pasId = this.nextPasId();
    const row = patientRow(pasId, person);
    const quiet = admissions.length === 0 && appointments.length === 0 && person.deathDay === null;
    const kind = this.chooser.patient(defects, quiet);
    if (kind === 'duplicate_patient') {
      this.duplicates.schedule(defects, index, row, person, this.settings.referenceDay);
      this.writePatient(row, null);
    } else if (kind !== null) {
      const field = damagePatient(defects, kind, row, person, this.settings.referenceDay);
      const locator = this.writePatient(row, field)!;
      this.manifest.record({ table: 'patients', key: pasId, locator, field, kind });
    } else {
      this.writePatient(row, null);
    }

    for (const plan of admissions) this.addAdmission(defects, pasId, plan);
    for (const plan of appointments) this.addAppointment(defects, pasId, plan);
    this.writeDuplicates(index);
  }

  /** Writes the duplicates still waiting; call once after the last person. */
  finishPeople(): void {
    this.writeDuplicates(Number.POSITIVE_INFINITY);
  }

  /** Whether any file has gathered enough to flush. */
  get full(): boolean {
    return this.sink.full || this.manifest.full;
  }

  /** Lets the files drain: await this between people whenever {@link full} is true. */
  async flush(): Promise<void> {
    await this.sink.flush();
    await this.manifest.flushIfFull();
  }

  /** Records written per table, in table order. */
  rowCounts(): number[] {
    const { patients, admissions, appointments, diagnoses } = this.written;
    return [patients, admissions, appointments, diagnoses];
  }

  /** The defect counts so far, every kind listed. */
  defectCounts(): { kind: string; count: number }[] {
    return this.manifest.countsByKind();
  }

  /** Closes every file and writes `defects.json`. */
  async close(referenceDate: string): Promise<void> {
    const { seed, defectRate, defectKinds, format } = this.settings;
    await this.sink.close();
    const header: ManifestHeader = { seed, defectRate, referenceDate };
    // A CSV manifest names no format, so the default output stays as it was before formats existed.
    if (format !== 'csv') header.format = format;
    if (defectKinds !== undefined) header.defectKinds = defectKinds;
    await this.manifest.finish(header);
  }

  /** Stops writing after a failure; the partial files are left for the caller to judge. */
  async abandon(): Promise<void> {
    this.sink.abandon();
    await this.manifest.abandon();
  }

  private writePatient(row: PatientRow, field: string | null): DefectLocator | null {
    this.written.patients++;
    return this.sink.writePatient({ row, field });
  }

  private addAdmission(defects: Prng, pasId: string, plan: AdmissionPlan): void {
    const admissionId = formatId('A', 8, ++this.admissionNumber);
    const row: AdmissionRow = {
      admission_id: admissionId,
      pas_id: pasId,
      admit_date: formatLegacyDate(plan.admitDay),
      admit_time: formatTime(plan.admitMinutes),
      discharge_date: plan.dischargeDay === null ? '' : formatLegacyDate(plan.dischargeDay),
      admission_method: plan.method,
      specialty: plan.specialty,
      ward: plan.ward,
      consultant_code: plan.consultant,
    };
    const kind = this.chooser.admission(defects, plan.dischargeDay !== null);
    let field: string | null = null;
    if (kind === 'orphan_admission') {
      row.pas_id = this.nextPasId();
      field = 'pas_id';
    } else if (kind !== null) {
      field = damageAdmission(defects, kind, row, plan.admitDay, plan.dischargeDay);
    }
    // An orphan's diagnoses would point at a patient that is not there either, spreading one
    // defect over several rows; the orphan spell is written without them.
    const diagnoses =
      kind === 'orphan_admission'
        ? []
        : plan.diagnoses.map((code, i) => this.diagnosisRow(defects, admissionId, pasId, code, i + 1, plan.recordedDay));
    this.written.admissions++;
    this.written.diagnoses += diagnoses.length;
    const placed = this.sink.writeAdmission({ row, field }, diagnoses);
    if (kind !== null && field !== null) {
      this.manifest.record({ table: 'admissions', key: admissionId, locator: placed.admission!, field, kind });
    }
    diagnoses.forEach((diagnosis, i) => {
      if (diagnosis.kind === null || diagnosis.field === null) return;
      this.manifest.record({
        table: 'diagnoses', key: diagnosis.row.diagnosis_id, locator: placed.diagnoses[i]!, field: diagnosis.field, kind: diagnosis.kind,
      });
    });
  }

  private diagnosisRow(defects: Prng, admissionId: string, pasId: string, code: string, seq: number, recordedDay: number): DiagnosisToWrite {
    const row: DiagnosisRow = {
      diagnosis_id: formatId('D', 8, ++this.diagnosisNumber),
      admission_id: admissionId,
      pas_id: pasId,
      icd10_code: code,
      diagnosis_seq: String(seq),
      recorded_date: formatLegacyDate(recordedDay),
    };
    const kind = this.chooser.diagnosis(defects);
    let field: string | null = null;
    if (kind === 'orphan_diagnosis') {
      row.admission_id = formatId('A', 8, ++this.admissionNumber);
      field = 'admission_id';
    } else if (kind !== null) {
      field = damageDiagnosisDate(defects, row, recordedDay);
    }
    return { row, field, kind };
  }

  private addAppointment(defects: Prng, pasId: string, plan: AppointmentPlan): void {
    const appointmentId = formatId('O', 8, ++this.appointmentNumber);
    const row: AppointmentRow = {
      appointment_id: appointmentId,
      pas_id: pasId,
      clinic_code: plan.clinic,
      appointment_date: formatLegacyDate(plan.day),
      appointment_time: formatTime(plan.minutes),
      attendance_status: plan.status,
      specialty: plan.specialty,
    };
    const kind = this.chooser.appointment(defects);
    const field = kind === null ? null : damageAppointment(defects, kind, row, plan.day);
    this.written.appointments++;
    const locator = this.sink.writeAppointment({ row, field });
    if (kind !== null && field !== null) {
      this.manifest.record({ table: 'outpatient_appointments', key: appointmentId, locator: locator!, field, kind });
    }
  }

  private writeDuplicates(afterIndex: number): void {
    for (const duplicate of this.duplicates.takeDue(afterIndex)) {
      const pasId = this.nextPasId();
      duplicate.row.pas_id = pasId;
      const locator = this.writePatient(duplicate.row, duplicate.field)!;
      this.manifest.record({
        table: 'patients',
        key: pasId,
        locator,
        field: duplicate.field,
        kind: 'duplicate_patient',
        duplicateOf: duplicate.originalPasId,
      });
    }
  }

  private nextPasId(): string {
    if (this.pasNumber >= MAX_PAS_NUMBER) {
      throw new UserError('too many patient records for seven-digit pas_ids', { field: 'patients' });
    }
    return formatId('P', 7, ++this.pasNumber);
  }
}

/** The clean patient row for a person. */
function patientRow(pasId: string, person: Person): PatientRow {
  return {
    pas_id: pasId,
    nhs_number: person.nhsNumber,
    title: person.title,
    forename: person.forename,
    surname: person.surname,
    sex: person.sex,
    date_of_birth: formatLegacyDate(person.birthDay),
    date_of_death: person.deathDay === null ? '' : formatLegacyDate(person.deathDay),
    address_line1: person.address.line1,
    town: person.address.town,
    postcode: person.address.postcode,
    phone: person.address.phone,
    ethnic_code: person.ethnic,
    marital_code: person.marital,
    gp_practice: person.gpPractice,
    registered_date: formatLegacyDate(person.registeredDay),
  };
}
