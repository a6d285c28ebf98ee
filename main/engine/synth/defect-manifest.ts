import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BufferedFileWriter } from './csv-writer';
import type { DefectWeights } from './defect-choice';
import { DEFECT_KINDS, type DefectKind, type DefectRecord } from './defects';
import { TABLES, type TableName } from './tables';

/** The manifest's file name inside the dataset folder. */
export const MANIFEST_FILE = 'defects.json';

/** What the manifest says about the run that made it. */
export interface ManifestHeader {
  seed: number;
  defectRate: number;
  referenceDate: string;
  /** The output format; left out for CSV, so CSV manifests read as they did before formats existed. */
  format?: string;
  /** The caller's defect weights, when given. */
  defectKinds?: DefectWeights;
}

/**
 * Writes `defects.json` without holding the defect list in memory: a million-patient
 * dataset carries a few hundred thousand defects. Entries go to one scratch file per
 * table as rows are written (so each file is already in line order); at the end the
 * counts are known, and the header, counts and scratch files are stitched together in
 * table order. Entries name only ids, locations, fields and kinds, never the damaged values.
 */
export class DefectManifestWriter {
  private readonly parts = new Map<TableName, BufferedFileWriter>();
  private readonly counts = new Map<DefectKind, number>(DEFECT_KINDS.map((kind) => [kind, 0]));

  /** Opens the scratch files in `outDir`. */
  constructor(private readonly outDir: string) {
    for (const table of TABLES) this.parts.set(table.name, new BufferedFileWriter(this.partPath(table.name)));
  }

  /** Adds one defect. Each table's defects must arrive in the order their records were written. */
  record(defect: DefectRecord): void {
    const entry: Record<string, string | number> = {
      table: defect.table,
      key: defect.key,
      ...defect.locator,
      field: defect.field,
      kind: defect.kind,
    };
    if (defect.duplicateOf !== undefined) entry.duplicateOf = defect.duplicateOf;
    // Every entry carries its leading comma; the very first one loses it when stitched.
    this.parts.get(defect.table)!.write(`,\n    ${JSON.stringify(entry)}`);
    this.counts.set(defect.kind, this.counts.get(defect.kind)! + 1);
  }

  /** Whether any scratch file wants a flush. */
  get full(): boolean {
    for (const part of this.parts.values()) if (part.full) return true;
    return false;
  }

  /** Flushes whichever scratch files are full. */
  async flushIfFull(): Promise<void> {
    for (const part of this.parts.values()) await part.flushIfFull();
  }

  /** How many defects of each kind, every kind listed, in {@link DEFECT_KINDS} order. */
  countsByKind(): { kind: DefectKind; count: number }[] {
    return DEFECT_KINDS.map((kind) => ({ kind, count: this.counts.get(kind)! }));
  }

  /** Writes `defects.json` and removes the scratch files. */
  async finish(header: ManifestHeader): Promise<void> {
    for (const part of this.parts.values()) await part.close();
    const out = new BufferedFileWriter(join(this.outDir, MANIFEST_FILE));
    try {
      const counts = this.countsByKind().map(({ kind, count }) => `    ${JSON.stringify(kind)}: ${count}`);
      const optional =
        (header.format === undefined ? '' : `  "format": ${JSON.stringify(header.format)},\n`) +
        (header.defectKinds === undefined ? '' : `  "defectKinds": ${JSON.stringify(header.defectKinds)},\n`);
      out.write(
        `{\n  "seed": ${JSON.stringify(header.seed)},\n  "defectRate": ${JSON.stringify(header.defectRate)},\n` +
          `  "referenceDate": ${JSON.stringify(header.referenceDate)},\n${optional}  "counts": {\n${counts.join(',\n')}\n  },\n  "defects": [`,
      );
      let first = true;
      for (const table of TABLES) {
        for await (const chunk of createReadStream(this.partPath(table.name), { encoding: 'utf8' })) {
          let text = chunk as string;
          if (first && text.length > 0) {
            text = text.slice(1);
            first = false;
          }
          out.write(text);
          await out.flushIfFull();
        }
      }
      out.write(first ? ']\n}\n' : '\n  ]\n}\n');
      await out.close();
    } catch (error) {
      out.abandon();
      throw error;
    } finally {
      await this.removeParts();
    }
  }

  /** Drops the scratch files after a failure elsewhere. */
  async abandon(): Promise<void> {
    for (const part of this.parts.values()) part.abandon();
    await this.removeParts();
  }

  private async removeParts(): Promise<void> {
    for (const table of TABLES) await rm(this.partPath(table.name), { force: true });
  }

  private partPath(table: TableName): string {
    return join(this.outDir, `.defects-${table}.part`);
  }
}
