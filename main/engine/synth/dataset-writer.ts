import { join } from 'node:path';
import { UserError } from '../errors';
import { drawAdmissions, drawAppointments, type ActivityContext, type AdmissionPlan, type AppointmentPlan } from './activity';
import { formatLegacyDate, formatTime } from './calendar';
import { ConsultantPool } from './code-sets';
import { CsvTableWriter } from './csv-writer';
import { DefectManifestWriter } from './defect-manifest';
import {
  chooseAdmissionDefect, chooseAppointmentDefect, chooseDiagnosisDefect, choosePatientDefect, damageAdmission,
  damageAppointment, damageDiagnosisDate, damagePatient,
} from './defects';
import { DuplicateQueue } from './duplicates';
import { NhsNumberAllocator } from './nhs-allocator';
import { drawPerson, type Person, type PersonContext } from './person';
import { GpPracticePool } from './places';
import { Prng } from './prng';
import {
  ADMISSION_COLUMNS, APPOINTMENT_COLUMNS, DIAGNOSIS_COLUMNS, PATIENT_COLUMNS, TABLES, formatId, type AdmissionRow,
  type AppointmentRow, type DiagnosisRow, type PatientRow,
} from './tables';

/** Keys that separate the random streams drawn from one seed. */
const STREAM = { pools: 1, person: 2, defects: 3 } as const;

/** The largest pas_id number: `P` and seven digits. */
const MAX_PAS_NUMBER = 9_999_999;

/** What the writer needs to know about the dataset. */
export interface DatasetSettings {
  seed: number;
  defectRate: number;
  referenceDay: number;
  outDir: string;
}

/**
 * Turns one person at a time into rows of the four tables and writes them at once.
 * Each person is drawn from their own stream (seed, index), so person 42 is the same
 * whatever the dataset size; defects come from a separate stream, so the clean values
 * do not depend on the defect rate. Ids are handed out in writing order. An orphan
 * takes a fresh id from its table's sequence that no row will ever use: a gap, like the
 * id of a record deleted or merged in the source system.
 */
export class DatasetWriter {
  private readonly patients: CsvTableWriter<PatientRow>;
  private readonly admissions: CsvTableWriter<AdmissionRow>;
  private readonly appointments: CsvTableWriter<AppointmentRow>;
  private readonly diagnoses: CsvTableWriter<DiagnosisRow>;
  private readonly manifest: DefectManifestWriter;
  private readonly duplicates = new DuplicateQueue();
  private readonly context: PersonContext & ActivityContext;
  private pasNumber = 0;
  private admissionNumber = 0;
  private appointmentNumber = 0;
  private diagnosisNumber = 0;

  /** Opens the four CSV files and the defect manifest in `settings.outDir`. */
  constructor(private readonly settings: DatasetSettings) {
    const path = (index: number): string => join(settings.outDir, TABLES[index]!.file);
    this.patients = new CsvTableWriter(path(0), PATIENT_COLUMNS);
    this.admissions = new CsvTableWriter(path(1), ADMISSION_COLUMNS);
    this.appointments = new CsvTableWriter(path(2), APPOINTMENT_COLUMNS);
    this.diagnoses = new CsvTableWriter(path(3), DIAGNOSIS_COLUMNS);
    this.manifest = new DefectManifestWriter(settings.outDir);
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
    const rate = this.settings.defectRate;
    const person = drawPerson(rng, this.context);
    const admissions = drawAdmissions(rng, person, this.context);
    const appointments = drawAppointments(rng, person, this.context);

    const pasId = this.nextPasId();
    const row = patientRow(pasId, person);
    const quiet = admissions.length === 0 && appointments.length === 0 && person.deathDay === null;
    const kind = choosePatientDefect(defects, rate, quiet);
    if (kind === 'duplicate_patient') {
      this.duplicates.schedule(defects, index, row, person, this.settings.referenceDay);
      this.patients.writeRow(row);
    } else if (kind !== null) {
      const field = damagePatient(defects, kind, row, person, this.settings.referenceDay);
      const line = this.patients.writeRow(row);
      this.manifest.record({ table: 'patients', key: pasId, line, field, kind });
    } else {
      this.patients.writeRow(row);
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
    return this.patients.full || this.admissions.full || this.appointments.full || this.diagnoses.full || this.manifest.full;
  }

  /** Lets the files drain: await this between people whenever {@link full} is true. */
  async flush(): Promise<void> {
    await this.patients.flushIfFull();
    await this.admissions.flushIfFull();
    await this.appointments.flushIfFull();
    await this.diagnoses.flushIfFull();
    await this.manifest.flushIfFull();
  }

  /** Rows written per table, in table order. */
  rowCounts(): number[] {
    return [this.patients.rows, this.admissions.rows, this.appointments.rows, this.diagnoses.rows];
  }

  /** The defect counts so far, every kind listed. */
  defectCounts(): { kind: string; count: number }[] {
    return this.manifest.countsByKind();
  }

  /** Closes every file and writes `defects.json`. */
  async close(referenceDate: string): Promise<void> {
    await this.patients.close();
    await this.admissions.close();
    await this.appointments.close();
    await this.diagnoses.close();
    await this.manifest.finish({ seed: this.settings.seed, defectRate: this.settings.defectRate, referenceDate });
  }

  /** Stops writing after a failure; the partial files are left for the caller to judge. */
  async abandon(): Promise<void> {
    for (const table of [this.patients, this.admissions, this.appointments, this.diagnoses]) table.abandon();
    await this.manifest.abandon();
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
    const kind = chooseAdmissionDefect(defects, this.settings.defectRate, plan.dischargeDay !== null);
    let field: string | null = null;
    if (kind === 'orphan_admission') {
      row.pas_id = this.nextPasId();
      field = 'pas_id';
    } else if (kind !== null) {
      field = damageAdmission(defects, kind, row, plan.admitDay, plan.dischargeDay);
    }
    const line = this.admissions.writeRow(row);
    if (kind !== null && field !== null) this.manifest.record({ table: 'admissions', key: admissionId, line, field, kind });
    // An orphan's diagnoses would point at a patient that is not there either, spreading one
    // defect over several rows; the orphan spell is written without them.
    if (kind === 'orphan_admission') return;
    plan.diagnoses.forEach((code, i) => this.addDiagnosis(defects, admissionId, pasId, code, i + 1, plan.recordedDay));
  }

  private addDiagnosis(defects: Prng, admissionId: string, pasId: string, code: string, seq: number, recordedDay: number): void {
    const diagnosisId = formatId('D', 8, ++this.diagnosisNumber);
    const row: DiagnosisRow = {
      diagnosis_id: diagnosisId,
      admission_id: admissionId,
      pas_id: pasId,
      icd10_code: code,
      diagnosis_seq: String(seq),
      recorded_date: formatLegacyDate(recordedDay),
    };
    const kind = chooseDiagnosisDefect(defects, this.settings.defectRate);
    let field: string | null = null;
    if (kind === 'orphan_diagnosis') {
      row.admission_id = formatId('A', 8, ++this.admissionNumber);
      field = 'admission_id';
    } else if (kind !== null) {
      field = damageDiagnosisDate(defects, row, recordedDay);
    }
    const line = this.diagnoses.writeRow(row);
    if (kind !== null && field !== null) this.manifest.record({ table: 'diagnoses', key: diagnosisId, line, field, kind });
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
    const kind = chooseAppointmentDefect(defects, this.settings.defectRate);
    const field = kind === null ? null : damageAppointment(defects, kind, row, plan.day);
    const line = this.appointments.writeRow(row);
    if (kind !== null && field !== null) {
      this.manifest.record({ table: 'outpatient_appointments', key: appointmentId, line, field, kind });
    }
  }

  private writeDuplicates(afterIndex: number): void {
    for (const duplicate of this.duplicates.takeDue(afterIndex)) {
      const pasId = this.nextPasId();
      duplicate.row.pas_id = pasId;
      const line = this.patients.writeRow(duplicate.row);
      this.manifest.record({
        table: 'patients',
        key: pasId,
        line,
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
