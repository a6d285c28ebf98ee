import { mkdir } from 'node:fs/promises';
import { UserError } from '../errors';
import { parseIsoDate } from './calendar';
import { DatasetWriter } from './dataset-writer';
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
  /** "Today" for the data, ISO `yyyy-mm-dd`; default `2025-06-30`. */
  referenceDate?: string;
}

/** What was generated. */
export interface DatasetSummary {
  seed: number;
  /** People generated, as asked (the patients file also holds their duplicates). */
  patients: number;
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
 * Generates a seeded, patient-coherent synthetic PAS export: `patients.csv`,
 * `admissions.csv`, `outpatient_appointments.csv`, `diagnoses.csv` and the ground truth
 * of injected defects, `defects.json`. One person is generated and written at a time,
 * with their activity, through buffered streams that wait when the disk falls behind,
 * so memory stays flat from a hundred patients to millions.
 */
export async function generateDataset(options: GenerateOptions): Promise<DatasetSummary> {
  const defectRate = options.defectRate ?? DEFAULT_DEFECT_RATE;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const referenceDay = checkOptions(options, defectRate, referenceDate);
  await mkdir(options.outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot create the output folder (${error.code ?? error.message})`, { file: options.outDir });
  });

  const writer = new DatasetWriter({ seed: options.seed, defectRate, referenceDay, outDir: options.outDir });
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
    patients: options.patients,
    tables: TABLES.map((table, i) => ({ name: table.name, file: table.file, rows: rows[i]! })),
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
