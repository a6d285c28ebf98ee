import { createRequire } from 'node:module';
import type { Handler } from '../handler-types';

const version: string = (() => {
  try {
    return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
  } catch {
    return process.env.CUTOVER_VERSION ?? '0.0.0';
  }
})();

/** `app:info`: version and how the app is hosted. */
export const info: Handler<'app:info'> = (_input, { mode }) => ({
  version: process.env.CUTOVER_VERSION ?? version,
  mode,
  canPickFolders: mode === 'desktop',
});
