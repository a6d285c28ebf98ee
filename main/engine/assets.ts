import { fileURLToPath } from 'node:url';

/**
 * The folder of built-in templates and crosswalks. Bundled hosts (the Electron utility
 * process) say where it is through CUTOVER_ASSETS_DIR; from source it sits at the root.
 */
export function assetsDir(): string {
  return process.env.CUTOVER_ASSETS_DIR || fileURLToPath(new URL('../../assets', import.meta.url));
}
