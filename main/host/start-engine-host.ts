import path from 'node:path';
import { utilityProcess } from 'electron';
import { sqliteBindingEnv } from '../native-binding';
import { EngineProcess } from './engine-process';

/** Where the app's files are and how it runs; decides what the engine host is told. */
export interface EngineHostOptions {
  /** The bundled host, dist/electron/engine-host.cjs. */
  entry: string;
  /** The repo in development, `…/resources/app.asar` when packaged. */
  appRoot: string;
  packaged: boolean;
  onEvent(event: string, payload: unknown): void;
  log(message: string): void;
}

/**
 * Starts the engine in an Electron utility process and returns the handle main talks to.
 * The host's environment carries what a bundle cannot find by itself: the Electron-ABI
 * SQLite addon in development, and the built-in assets folder.
 */
export function startEngineHost(options: EngineHostOptions): EngineProcess {
  const binding = sqliteBindingEnv({
    repoRoot: options.appRoot,
    electronVersion: process.versions.electron ?? 'unknown',
    packaged: options.packaged,
    env: process.env,
  });
  if (binding.warning) options.log(binding.warning);
  // Packaged assets are unpacked from the asar archive (see electron-builder.yml): the
  // engine copies templates with fs.cpSync, which cannot read inside an archive.
  const assetsRoot = options.packaged ? options.appRoot.replace(/app\.asar$/, 'app.asar.unpacked') : options.appRoot;
  const env = { CUTOVER_ASSETS_DIR: path.join(assetsRoot, 'assets'), ...process.env, ...binding.env };

  const host = new EngineProcess({
    fork: (projectDir) =>
      utilityProcess.fork(options.entry, projectDir ? [`--project=${projectDir}`] : [], {
        serviceName: 'Cutover Workbench engine',
        env,
      }),
    onEvent: options.onEvent,
    log: options.log,
  });
  host.start();
  return host;
}
