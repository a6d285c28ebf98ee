import { z } from 'zod';

/** Options of a SQLite target in project.yaml. */
export const sqliteTargetConfigSchema = z
  .object({ path: z.string().min(1).describe('the SQLite database file to load, relative to the project folder; created when missing') })
  .strict();

/** Options of a CSV-folder target in project.yaml. */
export const csvTargetConfigSchema = z
  .object({ path: z.string().min(1).describe('the folder to write one CSV file per table into, relative to the project folder; created when missing') })
  .strict();

/** Options of a FHIR NDJSON target in project.yaml. */
export const fhirNdjsonTargetConfigSchema = z
  .object({ path: z.string().min(1).describe('the folder to write `<ResourceType>.ndjson` files into (FHIR Bulk Data layout), relative to the project folder; created when missing') })
  .strict();

/** A target's options: where it is. */
export type TargetConfig = z.infer<typeof sqliteTargetConfigSchema>;
