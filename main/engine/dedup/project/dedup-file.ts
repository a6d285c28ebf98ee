import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlOrThrow } from '../../project/read-yaml';
import { dedupConfigSchema } from '../dedup-config';

/** Where a project declares its deduplication. */
export const DEDUP_FILE = 'quality/dedup.yaml';

/**
 * `quality/dedup.yaml`: which loaded target table to look for duplicate people in, how to
 * compare its records (`linkage`), and optionally where known duplicate pairs are listed,
 * to measure the linkage against (`labels`).
 */
export const dedupFileSchema = z
  .object({
    table: z.string().min(1).describe('the target table whose records are people, e.g. LOAD_PATIENT'),
    labels: z
      .object({
        file: z.string().min(1).describe('relative to the project folder'),
        format: z.enum(['cutover-defects', 'pairs-csv']).describe('the generator’s defects.json (duplicate_patient entries), or a CSV with columns a,b'),
      })
      .strict()
      .optional(),
    linkage: dedupConfigSchema,
  })
  .strict();

/** `quality/dedup.yaml` as parsed. */
export type DedupFile = z.infer<typeof dedupFileSchema>;

/** The project's deduplication settings, or null when it declares none. */
export function readDedupFile(projectDir: string): DedupFile | null {
  const file = join(projectDir, DEDUP_FILE);
  return existsSync(file) ? readYamlOrThrow(file, DEDUP_FILE, dedupFileSchema) : null;
}
