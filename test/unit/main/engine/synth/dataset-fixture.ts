import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** One table read back from a generated dataset. */
export interface LoadedTable {
  /** Parsed rows, keyed by column. */
  rows: Record<string, string>[];
  /** The file split on LF; `lines[n - 1]` is physical line n. */
  lines: string[];
  byKey: Map<string, Record<string, string>>;
}

/** One entry of `defects.json`. */
export interface ManifestEntry {
  table: string;
  key: string;
  line: number;
  field: string;
  kind: string;
  duplicateOf?: string;
}

/** A generated dataset read back with an independent CSV parser. */
export interface LoadedDataset {
  patients: LoadedTable;
  admissions: LoadedTable;
  outpatient_appointments: LoadedTable;
  diagnoses: LoadedTable;
  manifest: {
    seed: number;
    defectRate: number;
    referenceDate: string;
    counts: Record<string, number>;
    defects: ManifestEntry[];
  };
}

/** The dataset's files, in a fixed order. */
export const DATASET_FILES = [
  'patients.csv', 'admissions.csv', 'outpatient_appointments.csv', 'diagnoses.csv', 'defects.json',
] as const;

function loadTable(dir: string, name: string): LoadedTable {
  const text = readFileSync(join(dir, `${name}.csv`), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: false }) as Record<string, string>[];
  const keyColumn = text.slice(0, text.indexOf(','));
  return { rows, lines: text.split('\n'), byKey: new Map(rows.map((row) => [row[keyColumn]!, row])) };
}

/** Reads a generated dataset folder. */
export function loadDataset(dir: string): LoadedDataset {
  return {
    patients: loadTable(dir, 'patients'),
    admissions: loadTable(dir, 'admissions'),
    outpatient_appointments: loadTable(dir, 'outpatient_appointments'),
    diagnoses: loadTable(dir, 'diagnoses'),
    manifest: JSON.parse(readFileSync(join(dir, 'defects.json'), 'utf8')),
  };
}

/** SHA-256 of each dataset file, by name. */
export function hashDataset(dir: string): Record<string, string> {
  return Object.fromEntries(
    DATASET_FILES.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
  );
}

/** `dd/mm/yyyy` as a comparable `yyyymmdd` number, or null for blank or impossible dates. */
export function legacyDateValue(value: string): number | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return year * 10_000 + month * 100 + day;
}
