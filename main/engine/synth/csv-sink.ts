import { join } from 'node:path';
import { CsvTableWriter } from './csv-writer';
import type { DatasetSink, RowToWrite, SpellLocators } from './dataset-sink';
import type { DefectLocator } from './defects';
import {
  ADMISSION_COLUMNS, APPOINTMENT_COLUMNS, DIAGNOSIS_COLUMNS, PATIENT_COLUMNS, TABLES, type AdmissionRow,
  type AppointmentRow, type DiagnosisRow, type PatientRow,
} from './tables';

/** The CSV locator: the physical line the row starts on, when a field is asked for. */
function lineOf(line: number, field: string | null): DefectLocator | null {
  return field === null ? null : { line };
}

/** The legacy PAS export: one CSV file per table (see tables.ts), rows as they are. */
export class CsvSink implements DatasetSink {
  private readonly patients: CsvTableWriter<PatientRow>;
  private readonly admissions: CsvTableWriter<AdmissionRow>;
  private readonly appointments: CsvTableWriter<AppointmentRow>;
  private readonly diagnoses: CsvTableWriter<DiagnosisRow>;

  /** Opens the four files in `outDir` and writes their headers. */
  constructor(outDir: string) {
    const path = (index: number): string => join(outDir, TABLES[index]!.file);
    this.patients = new CsvTableWriter(path(0), PATIENT_COLUMNS);
    this.admissions = new CsvTableWriter(path(1), ADMISSION_COLUMNS);
    this.appointments = new CsvTableWriter(path(2), APPOINTMENT_COLUMNS);
    this.diagnoses = new CsvTableWriter(path(3), DIAGNOSIS_COLUMNS);
  }

  /** See {@link DatasetSink.writePatient}. */
  writePatient({ row, field }: RowToWrite<PatientRow>): DefectLocator | null {
    return lineOf(this.patients.writeRow(row), field);
  }

  /** See {@link DatasetSink.writeAdmission}. */
  writeAdmission(admission: RowToWrite<AdmissionRow>, diagnoses: readonly RowToWrite<DiagnosisRow>[]): SpellLocators {
    return {
      admission: lineOf(this.admissions.writeRow(admission.row), admission.field),
      diagnoses: diagnoses.map(({ row, field }) => lineOf(this.diagnoses.writeRow(row), field)),
    };
  }

  /** See {@link DatasetSink.writeAppointment}. */
  writeAppointment({ row, field }: RowToWrite<AppointmentRow>): DefectLocator | null {
    return lineOf(this.appointments.writeRow(row), field);
  }

  /** See {@link DatasetSink.full}. */
  get full(): boolean {
    return this.tables().some((table) => table.full);
  }

  /** See {@link DatasetSink.flush}. */
  async flush(): Promise<void> {
    for (const table of this.tables()) await table.flushIfFull();
  }

  /** See {@link DatasetSink.close}. */
  async close(): Promise<void> {
    for (const table of this.tables()) await table.close();
  }

  /** See {@link DatasetSink.abandon}. */
  abandon(): void {
    for (const table of this.tables()) table.abandon();
  }

  private tables(): Pick<CsvTableWriter<PatientRow>, 'full' | 'flushIfFull' | 'close' | 'abandon'>[] {
    return [this.patients, this.admissions, this.appointments, this.diagnoses];
  }
}
