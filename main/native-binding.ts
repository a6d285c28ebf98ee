import { existsSync } from 'node:fs';
import path from 'node:path';

/** The variable `main/store/open-database.ts` reads to load better-sqlite3's addon from a given file. */
export const SQLITE_BINDING_ENV = 'CUTOVER_SQLITE_BINDING';

/** Where `scripts/build-electron-native.mjs` puts the Electron-ABI build of better-sqlite3. */
export function electronNativeBindingPath(repoRoot: string, electronVersion: string): string {
  return path.join(repoRoot, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
}

/**
 * The environment the engine host needs to load SQLite under Electron, plus a warning
 * when it probably cannot.
 *
 * node_modules keeps the Node-ABI build (the CLI, the tests and the bridge use it), so in
 * development the host is pointed at a separate Electron-ABI copy. A packaged app needs
 * nothing: electron-builder rebuilt node_modules/better-sqlite3 for Electron when packing.
 */
export function sqliteBindingEnv(options: {
  repoRoot: string;
  electronVersion: string;
  packaged: boolean;
  env: NodeJS.ProcessEnv;
}): { env: Record<string, string>; warning: string | null } {
  const preset = options.env[SQLITE_BINDING_ENV];
  if (preset) {
    const warning = existsSync(preset) ? null : `${SQLITE_BINDING_ENV} points at ${preset}, which does not exist`;
    return { env: { [SQLITE_BINDING_ENV]: preset }, warning };
  }
  if (options.packaged) return { env: {}, warning: null };
  const built = electronNativeBindingPath(options.repoRoot, options.electronVersion);
  if (existsSync(built)) return { env: { [SQLITE_BINDING_ENV]: built }, warning: null };
  return {
    env: {},
    warning:
      `No Electron build of better-sqlite3 at ${built}; the engine will fail to open SQLite. ` +
      'Run `node scripts/build-electron-native.mjs` (npm start does it for you).',
  };
}
