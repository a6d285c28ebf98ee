import type { DefectLocator } from './defects';
import type { AdmissionRow, AppointmentRow, DiagnosisRow, PatientRow } from './tables';

/**
 * Where the dataset writer's rows go: one implementation per output format. The writer
 * builds the same rows, with the same defects, whatever the format; a sink only
 * translates them and says where a damaged field ended up. Each `write…` takes the
 * column a defect damaged (or null) and answers that field's locator (or null).
 */

/** A row with the column its defect damaged, if it has one. */
export interface RowToWrite<Row> {
  row: Row;
  field: string | null;
}

/** Where an admission's damaged field went, and each of its diagnoses'. */
export interface SpellLocators {
  admission: DefectLocator | null;
  /** In the order the diagnoses were given. */
  diagnoses: (DefectLocator | null)[];
}

/** Writes the dataset's records in one format, streaming, with memory flat however many there are. */
export interface DatasetSink {
  /** Writes one patient registration. */
  writePatient(patient: RowToWrite<PatientRow>): DefectLocator | null;
  /**
   * Writes one inpatient spell with the diagnoses coded for it. A diagnosis whose
   * admission_id is not the spell's (an orphan) is written as belonging to that other,
   * missing admission.
   */
  writeAdmission(admission: RowToWrite<AdmissionRow>, diagnoses: readonly RowToWrite<DiagnosisRow>[]): SpellLocators;
  /** Writes one outpatient appointment. */
  writeAppointment(appointment: RowToWrite<AppointmentRow>): DefectLocator | null;
  /** Whether enough has gathered that the caller should {@link flush}. */
  readonly full: boolean;
  /** Lets the files drain. */
  flush(): Promise<void>;
  /** Flushes and closes every file. */
  close(): Promise<void>;
  /** Drops pending output after a failure elsewhere. */
  abandon(): void;
}
