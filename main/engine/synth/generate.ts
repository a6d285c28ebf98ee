import { mkdir } from 'node:fs/promises';
import { UserError } from '../errors';
import { parseIsoDate } from './calendar';
import { DatasetWriter } from './dataset-writer';
import { checkDefectWeights, type DefectWeights } from './defect-choice';
import { FORMAT_FILES, OUTPUT_FORMATS, isOutputFormat, type OutputFormat } from './output-format';
import { TABLES } from './tables';

/** What to generate. */
export interface GenerateOptions {
  /** How many people; duplicate registrations come on top. */
  patients: number;
  /** Any non-negative safe integer; the same seed and options give byte-identical files. */
  seed: number;
  /** Folder for the files; created if missing, existing dataset files are replaced. */
  outDir: string;
  /** Share of records that receive exactly one defect; default 0.03. */
  defectRate?: number;
  /**
   * Relative weights of the defect kinds, replacing the default weight of each kind
   * named; 0 switches a kind off, and all zero means no defects. A record gets a defect
   * (at `defectRate`) only if some kind it can carry is on.
   */
  defectKinds?: DefectWeights;
  /** `csv` (default), `fhir` (R4 Bulk Data NDJSON) or `hl7v2` (ER7 messages). */
  format?: OutputFormat;
  /** "Today" for the data, ISO `yyyy-mm-dd`; default `2025-06-30`. */
  referenceDate?: string;
}

/** What was generated. */
export interface DatasetSummary {
  seed: number;
  format: OutputFormat;
  /** People generated, as asked (the patients file also holds their duplicates). */
  patients: number;
  /** Records per table and the file holding them (in FHIR and HL7 v2 several tables share a file). */
  tables: { name: string; file: string; rows: number }[];
  /** Injected defects per kind, every kind listed. */
  defects: { kind: string; count: number }[];
}

/** The default share of records that receive a defect. */
export const DEFAULT_DEFECT_RATE = 0.03;
/** The default "today" of generated data. */
export const DEFAULT_REFERENCE_DATE = '2025-06-30';
/** The most people one dataset can hold (seven-digit pas_ids; the NHS test range holds ~9.09M). */
export const MAX_PATIENTS = 9_000_000;

/**
 * Generates a seeded, patient-coherent synthetic PAS export and the ground truth of its
 * injected defects, `defects.json`. As CSV: `patients.csv`, `admissions.csv`,
 * `outpatient_appointments.csv`, `diagnoses.csv`; as FHIR: `Patient.ndjson`,
 * `Encounter.ndjson`, `Condition.ndjson`; as HL7 v2: `adt.hl7`. The same seed gives the
 * same people, activity and defects in every format. One person is generated and
 * written at a time, with their activity, through buffered streams that wait when the
 * disk falls behind, so memory stays flat from a hundred patients to millions.
 */
export async function generateDataset(options: GenerateOptions): Promise<DatasetSummary> {
  const defectRate = options.defectRate ?? DEFAULT_DEFECT_RATE;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const format = options.format ?? 'csv';
  const referenceDay = checkOptions(options, defectRate, referenceDate);
  if (!isOutputFormat(format)) throw new UserError(`format must be one of ${OUTPUT_FORMATS.join(', ')}`, { field: 'format' });
  const defectKinds = options.defectKinds === undefined ? undefined : checkDefectWeights(options.defectKinds);
  await mkdir(options.outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot create the output folder (${error.code ?? error.message})`, { file: options.outDir });
  });

  const writer = new DatasetWriter({ seed: options.seed, defectRate, defectKinds, format, referenceDay, outDir: options.outDir });
  try {
    for (let index = 0; index < options.patients; index++) {
      writer.addPerson(index);
      if (writer.full) await writer.flush();
    }
    writer.finishPeople();
    await writer.close(referenceDate);
  } catch (error) {
    await writer.abandon();
    throw error;
  }

  const rows = writer.rowCounts();
  return {
    seed: options.seed,
    format,
    patients: options.patients,
    tables: TABLES.map((table, i) => ({ name: table.name, file: FORMAT_FILES[format][i]!, rows: rows[i]! })),
    defects: writer.defectCounts(),
  };
}

/** Rejects impossible options with a message naming the option; returns the reference day. */
function checkOptions(options: GenerateOptions, defectRate: number, referenceDate: string): number {
  if (!Number.isSafeInteger(options.patients) || options.patients < 0 || options.patients > MAX_PATIENTS) {
    throw new UserError(`patients must be a whole number from 0 to ${MAX_PATIENTS}`, { field: 'patients' });
  }
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new UserError('seed must be a non-negative whole number', { field: 'seed' });
  }
  if (!(defectRate >= 0 && defectRate <= 1)) {
    throw new UserError('defectRate must be between 0 and 1', { field: 'defectRate' });
  }
  if (typeof options.outDir !== 'string' || options.outDir.length === 0) {
    throw new UserError('outDir must name a folder', { field: 'outDir' });
  }
  const referenceDay = parseIsoDate(referenceDate);
  if (referenceDay === null || referenceDate < '1950-01-01' || referenceDate > '2200-12-31') {
    throw new UserError('referenceDate must be a real yyyy-mm-dd date between 1950 and 2200', { field: 'referenceDate' });
  }
  return referenceDay;
}
