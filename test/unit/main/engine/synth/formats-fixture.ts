import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceConnection, SourceRecord } from '../../../../../main/engine/connectors/connector';
import { generateDataset } from '../../../../../main/engine/synth/generate';
import type { OutputFormat } from '../../../../../main/engine/synth/output-format';
import { tempDir } from '../../../helpers/temp-project';
import { loadDataset, type LoadedDataset, type ManifestEntry } from './dataset-fixture';

/** The same dataset written as CSV and in one other format. */
export interface TwoFormats {
  csv: LoadedDataset;
  dir: string;
  manifest: { format?: string; defects: (ManifestEntry & Record<string, unknown>)[] };
}

/** Generates one seed twice: as CSV (read back with the CSV fixture) and in `format`. */
export async function generateTwice(format: OutputFormat, patients: number, seed: number, defectRate: number): Promise<TwoFormats> {
  const csvDir = tempDir();
  const dir = tempDir();
  await generateDataset({ patients, seed, outDir: csvDir, defectRate });
  await generateDataset({ patients, seed, outDir: dir, defectRate, format });
  return { csv: loadDataset(csvDir), dir, manifest: JSON.parse(readFileSync(join(dir, 'defects.json'), 'utf8')) };
}

/** Every row of one table of a source. */
export async function readTable(connection: SourceConnection, table: string): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table, { batchSize: 500 })) rows.push(...batch);
  return rows;
}

/** What a defect is, whatever the format: table, key, field, kind and the original of a duplicate. */
export function defectFacts(defects: readonly ManifestEntry[]): string[] {
  return defects.map((d) => [d.table, d.key, d.field, d.kind, d.duplicateOf ?? ''].join('/'));
}

/** `dd/mm/yyyy` rearranged as `yyyy-mm-dd`, without checking it; undefined for a blank. */
export function isoOf(legacy: string): string | undefined {
  return legacy === '' ? undefined : legacy.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');
}

/** `dd/mm/yyyy` rearranged as `yyyymmdd`, without checking it; undefined for a blank. */
export function hl7Of(legacy: string): string | undefined {
  return legacy === '' ? undefined : legacy.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3$2$1');
}

/** A blank CSV value as the missing column it becomes in FHIR and HL7 rows. */
export function orMissing(value: string): string | undefined {
  return value === '' ? undefined : value;
}
