import { join } from 'node:path';
import { BufferedFileWriter } from './csv-writer';
import type { DatasetSink, RowToWrite, SpellLocators } from './dataset-sink';
import type { DefectLocator } from './defects';
import {
  FHIR_EXTENSIONS, admissionResource, appointmentResource, diagnosisResource, patientResource, type FhirResource,
} from './fhir-resources';
import type { AdmissionRow, AppointmentRow, DiagnosisRow, PatientRow } from './tables';

/** The NDJSON files, one per resource type, as a Bulk Data export names them. */
export const FHIR_FILES = { patients: 'Patient.ndjson', encounters: 'Encounter.ndjson', conditions: 'Condition.ndjson' } as const;

const extension = (type: string, url: string): string => `${type}.extension('${url}')`;

/** The FHIRPath of the element that carries each damageable column. */
const ELEMENTS: Readonly<Record<'patients' | 'admissions' | 'appointments' | 'diagnoses', Readonly<Record<string, string>>>> = {
  patients: {
    nhs_number: 'Patient.identifier',
    surname: 'Patient.name.family',
    forename: 'Patient.name.given',
    date_of_birth: 'Patient.birthDate',
    registered_date: 'Patient.identifier.period.start',
    sex: 'Patient.gender',
    ethnic_code: extension('Patient', FHIR_EXTENSIONS.ethnicCategory),
  },
  admissions: {
    pas_id: 'Encounter.subject',
    admit_date: 'Encounter.period.start',
    discharge_date: 'Encounter.period.end',
    admission_method: extension('Encounter', FHIR_EXTENSIONS.admissionMethod),
  },
  appointments: {
    appointment_date: 'Encounter.period.start',
    attendance_status: extension('Encounter', FHIR_EXTENSIONS.attendanceStatus),
  },
  diagnoses: { admission_id: 'Condition.encounter', recorded_date: 'Condition.recordedDate' },
};

/** One NDJSON file that counts its lines: resource n is on line n. */
class NdjsonFile {
  readonly output: BufferedFileWriter;
  private lines = 0;

  constructor(
    readonly name: string,
    outDir: string,
  ) {
    this.output = new BufferedFileWriter(join(outDir, name));
  }

  /** Writes one resource on its own line and answers the line. */
  write(resource: FhirResource): number {
    this.output.write(`${JSON.stringify(resource)}\n`);
    return ++this.lines;
  }
}

/**
 * FHIR R4 Bulk Data output (see fhir-resources.ts for the shapes): `Patient.ndjson`,
 * `Encounter.ndjson` (admissions and outpatient appointments, told apart by class) and
 * `Condition.ndjson`, one resource per line, written as the rows come.
 */
export class FhirSink implements DatasetSink {
  private readonly patients: NdjsonFile;
  private readonly encounters: NdjsonFile;
  private readonly conditions: NdjsonFile;

  /** Opens the three files in `outDir`. */
  constructor(outDir: string) {
    this.patients = new NdjsonFile(FHIR_FILES.patients, outDir);
    this.encounters = new NdjsonFile(FHIR_FILES.encounters, outDir);
    this.conditions = new NdjsonFile(FHIR_FILES.conditions, outDir);
  }

  /** See {@link DatasetSink.writePatient}. */
  writePatient({ row, field }: RowToWrite<PatientRow>): DefectLocator | null {
    return locate(this.patients, patientResource(row), 'patients', field);
  }

  /** See {@link DatasetSink.writeAdmission}. */
  writeAdmission(admission: RowToWrite<AdmissionRow>, diagnoses: readonly RowToWrite<DiagnosisRow>[]): SpellLocators {
    return {
      admission: locate(this.encounters, admissionResource(admission.row), 'admissions', admission.field),
      diagnoses: diagnoses.map(({ row, field }) => locate(this.conditions, diagnosisResource(row), 'diagnoses', field)),
    };
  }

  /** See {@link DatasetSink.writeAppointment}. */
  writeAppointment({ row, field }: RowToWrite<AppointmentRow>): DefectLocator | null {
    return locate(this.encounters, appointmentResource(row), 'appointments', field);
  }

  /** See {@link DatasetSink.full}. */
  get full(): boolean {
    return this.files().some((file) => file.full);
  }

  /** See {@link DatasetSink.flush}. */
  async flush(): Promise<void> {
    for (const file of this.files()) await file.flushIfFull();
  }

  /** See {@link DatasetSink.close}. */
  async close(): Promise<void> {
    for (const file of this.files()) await file.close();
  }

  /** See {@link DatasetSink.abandon}. */
  abandon(): void {
    for (const file of this.files()) file.abandon();
  }

  private files(): BufferedFileWriter[] {
    return [this.patients.output, this.encounters.output, this.conditions.output];
  }
}

/** Writes the resource and, when a field is asked for, answers its file, line and element. */
function locate(file: NdjsonFile, resource: FhirResource, record: keyof typeof ELEMENTS, field: string | null): DefectLocator | null {
  const line = file.write(resource);
  if (field === null) return null;
  const element = ELEMENTS[record][field];
  if (element === undefined) throw new Error(`no FHIR element is known for ${record}.${field}`);
  return { file: file.name, line, element };
}
