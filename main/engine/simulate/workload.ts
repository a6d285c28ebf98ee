import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import type { Scenario } from '../../../preload/contract';
import { DEFECT_KINDS, type DefectKind } from '../synth/defects';
import { MANIFEST_FILE } from '../synth/defect-manifest';
import { generateDataset } from '../synth/generate';
import { TABLES, type TableName } from '../synth/tables';

/** No record's defect: the value kept in {@link WorkloadTable.defect} for a clean record. */
export const NO_DEFECT = -1;

/** One source table of the workload: for each record, its patient and its defect. */
export interface WorkloadTable {
  name: TableName;
  /** The patient (row of the patients table) each record belongs to; -1 for an orphan. */
  patient: Int32Array;
  /** Each record's injected defect, as an index into DEFECT_KINDS, or {@link NO_DEFECT}. */
  defect: Int8Array;
}

/** What a simulated run moves: the synthetic source, reduced to who owns each record and what is wrong with it. */
export interface Workload {
  /** Patient registrations (rows of the patients table, duplicates included). */
  patients: number;
  /** Tables in load order, parents first. */
  tables: WorkloadTable[];
  /** Activity records that belong to no patient. */
  orphans: number;
}

/**
 * Generates the scenario's synthetic PAS data in a scratch folder, reads back who owns
 * each record and which carry an injected defect, and removes the folder. Only ids are
 * read, never names or numbers, so nothing identifying is kept.
 */
export async function buildWorkload(scenario: Scenario): Promise<Workload> {
  const dir = await mkdtemp(join(tmpdir(), 'cutover-simulation-'));
  try {
    await generateDataset({
      patients: scenario.data.patients,
      seed: scenario.seed,
      outDir: dir,
      defectRate: scenario.data.defectRate,
      ...(scenario.data.defectKinds ? { defectKinds: scenario.data.defectKinds as Partial<Record<DefectKind, number>> } : {}),
    });
    return await readWorkload(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads a generated dataset folder (the CSV files and defects.json) into a workload. */
export async function readWorkload(dir: string): Promise<Workload> {
  const defects = await readDefects(join(dir, MANIFEST_FILE));
  const patientIndex = new Map<string, number>();
  const tables: WorkloadTable[] = [];
  let orphans = 0;
  for (const table of TABLES) {
    const ids = await readIds(join(dir, table.file), 'pas_id', table.columns[0]!);
    const patient = new Int32Array(ids.length);
    const defect = new Int8Array(ids.length).fill(NO_DEFECT);
    const tableDefects = defects.get(table.name);
    ids.forEach(([key, pasId], row) => {
      if (table.name === 'patients') patientIndex.set(pasId, row);
      const owner = patientIndex.get(pasId);
      patient[row] = owner ?? -1;
      if (owner === undefined) orphans++;
      const kind = tableDefects?.get(key);
      if (kind !== undefined) defect[row] = kind;
    });
    tables.push({ name: table.name, patient, defect });
  }
  return { patients: tables[0]!.patient.length, tables, orphans };
}

/** Each row's own id and its patient's pas_id, in file order. */
async function readIds(file: string, patientColumn: string, idColumn: string): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: true }));
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    rows.push([record[idColumn] ?? '', record[patientColumn] ?? '']);
  }
  return rows;
}

/** The manifest's defects by table and record id, as kind indexes. */
async function readDefects(file: string): Promise<Map<string, Map<string, number>>> {
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { defects: { table: string; key: string; kind: DefectKind }[] };
  const byTable = new Map<string, Map<string, number>>();
  for (const entry of manifest.defects) {
    const table = byTable.get(entry.table) ?? new Map<string, number>();
    byTable.set(entry.table, table);
    if (!table.has(entry.key)) table.set(entry.key, DEFECT_KINDS.indexOf(entry.kind));
  }
  return byTable;
}
