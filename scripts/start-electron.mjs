#!/usr/bin/env node
// `npm start`: builds everything the desktop app needs and launches it. When Electron's
// binary is missing (its download host is unreachable from some networks) it says so
// and points at browser mode, which serves the same UI, instead of printing a stack.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectronNative } from './build-electron-native.mjs';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/**
 * The Electron executable, worked out the way `require('electron')` does, but without its
 * module cache (we ask again after a download) and answering null instead of throwing.
 */
export function findElectronBinary() {
  let relative = null;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: electron's postinstall never finished its download
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative && path.join(electronDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}

function tryDownloadElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return 'node_modules/electron is missing; run `npm install`';
  console.log("Electron's binary is not installed; trying to download it once…");
  // Explicitly asked for here, so a global "skip the download" setting is overridden.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.error) return result.error.message;
  if (result.status !== 0) return firstErrorLine(`${result.stderr}\n${result.stdout}`);
  return null;
}

function firstErrorLine(text) {
  const line = text.split('\n').find((l) => /error/i.test(l)) ?? text.trim().split('\n')[0];
  return (line ?? 'unknown error').trim().slice(0, 300);
}

function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function runStep(title, command, args) {
  console.log(`\n> ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) stop(`${title} could not start: ${result.error.message}`);
  if (result.status !== 0) stop(`${title} failed (exit code ${result.status}); see the output above.`);
}

async function main() {
  let electron = findElectronBinary();
  if (!electron) {
    const reason = tryDownloadElectron();
    electron = findElectronBinary();
    if (!electron) {
      stop(
        [
          `Electron's binary is not installed${reason ? ` (download failed: ${reason})` : ''}.`,
          "Its download host is unreachable from this machine, so the desktop app cannot start here.",
          '',
          'The same UI runs in your browser, against the same engine:',
          '  npx cutover serve --demo           (a generated demo project)',
          '  npx cutover serve <project folder> (your own project)',
          '',
          'To get the desktop app, run `node node_modules/electron/install.js` on a network that',
          'reaches GitHub (or set ELECTRON_MIRROR), then `npm start` again.',
        ].join('\n'),
      );
    }
  }

  runStep('vite build (renderer)', process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);

  console.log('\n> bundle main, preload and engine host');
  const failures = await buildElectron();
  if (failures.length > 0) stop(`Bundling failed for: ${failures.map((f) => f.bundle).join(', ')}.`);

  console.log('\n> better-sqlite3 for Electron');
  const native = await buildElectronNative();
  if (!native.ok) {
    stop(`${native.message}\n\nWithout it the engine cannot open SQLite under Electron. Browser mode needs no rebuild: npx cutover serve --demo`);
  }
  console.log(native.message);

  console.log('\n> electron .');
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => stop(`Could not launch Electron: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
