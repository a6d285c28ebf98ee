import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assetsDir } from '../assets';
import { UserError } from '../errors';
import { generateDataset, type DatasetSummary } from '../synth/generate';

/** The project templates `cutover init` knows. */
export const TEMPLATES = ['demo'] as const;

/** Options of `cutover init`. */
export interface InitOptions {
  template: string;
  patients?: number;
  seed?: number;
}

/**
 * Creates a complete project from a template. The demo template gets its source CSVs
 * from the seeded generator, so the same seed gives the same project.
 */
export async function initProject(dirArg: string, options: InitOptions): Promise<{ dir: string; dataset: DatasetSummary }> {
  if (!(TEMPLATES as readonly string[]).includes(options.template)) {
    throw new UserError(`unknown template "${options.template}"; known templates: ${TEMPLATES.join(', ')}`, { field: '--template' });
  }
  const dir = resolve(dirArg);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UserError('the folder already exists and is not empty; choose a new folder', { file: dirArg });
  }
  mkdirSync(dir, { recursive: true });
  cpSync(join(assetsDir(), 'templates', options.template), dir, { recursive: true });
  const dataset = await generateDataset({
    patients: options.patients ?? 2000,
    seed: options.seed ?? 42,
    outDir: join(dir, 'source'),
  });
  return { dir, dataset };
}
