import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../engine/errors';

/** The repository root, where vite.config.ts and dist/ live. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where the built renderer is served from. */
export const rendererDir = join(repoRoot, 'dist', 'renderer');

/**
 * Builds the renderer with Vite when it has not been built yet, so `cutover serve` works
 * straight after `npm install`.
 */
export async function ensureRendererBuilt(log: (line: string) => void, force = false): Promise<string> {
  if (!force && existsSync(join(rendererDir, 'index.html'))) return rendererDir;
  log('Building the user interface (first start only)…');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new UserError('the user interface is not built and Vite is not installed; run `npm install` then `npm run build:renderer`');
  }
  await vite.build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  return rendererDir;
}
