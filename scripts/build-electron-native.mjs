#!/usr/bin/env node
// Builds an Electron-ABI copy of better-sqlite3 into
// .cache/electron-native/<electron version>/better_sqlite3.node, for the desktop app in
// development. node_modules keeps the Node-ABI build: the CLI, the tests and the browser
// bridge load it under plain Node. The engine host is pointed at this copy through
// CUTOVER_SQLITE_BINDING (see main/native-binding.ts). Packaged apps do not use it:
// electron-builder rebuilds node_modules/better-sqlite3 for Electron while packing.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const HEADERS_URL = 'https://electronjs.org/headers';

/** Where the Electron-ABI addon for `electronVersion` goes (mirrors main/native-binding.ts). */
export function electronNativeDir(electronVersion) {
  return path.join(root, '.cache', 'electron-native', electronVersion);
}

/**
 * Builds the addon unless an up-to-date one is there. Resolves `{ ok, file?, message }`;
 * never throws, so callers can print `message` and stop without a stack trace.
 */
export async function buildElectronNative({ force = false, log = console.log } = {}) {
  const electronVersion = readVersion('electron');
  const sqliteVersion = readVersion('better-sqlite3');
  if (!electronVersion) return failure('electron is not installed in node_modules; run `npm install`.');
  if (!sqliteVersion) return failure('better-sqlite3 is not installed in node_modules; run `npm install`.');

  const outDir = electronNativeDir(electronVersion);
  const outFile = path.join(outDir, 'better_sqlite3.node');
  const infoFile = path.join(outDir, 'build-info.json');
  const expectedAbi = electronAbi(electronVersion);
  if (!force && isUpToDate(outFile, infoFile, sqliteVersion)) {
    return { ok: true, file: outFile, message: `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date` };
  }

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) {
    return failure(
      'node-gyp was not found (looked in node_modules, npm_config_node_gyp and npm\'s bundled copy). ' +
        'Install it with `npm install -g node-gyp` or point npm_config_node_gyp at node-gyp.js.',
    );
  }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cutover-electron-sqlite-'));
  const packageCopy = path.join(scratch, 'better-sqlite3');
  const logFile = path.join(outDir, 'build.log');
  try {
    // A copy, never node_modules itself: rebuilding in place would swap the Node-ABI
    // addon for an Electron one and break the CLI and the tests.
    const source = path.dirname(require.resolve('better-sqlite3/package.json'));
    cpSync(source, packageCopy, {
      recursive: true,
      filter: (file) => !['build', 'node_modules'].includes(path.relative(source, file).split(path.sep)[0] ?? ''),
    });
    mkdirSync(outDir, { recursive: true });
    log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.arch}); this takes a minute or two…`);
    const args = [
      nodeGyp, 'rebuild', '--release',
      `--target=${electronVersion}`, `--arch=${process.arch}`, `--dist-url=${HEADERS_URL}`, '--runtime=electron', '--jobs=max',
    ];
    const { code, output } = await run(process.execPath, args, packageCopy, gypEnvironment());
    writeFileSync(logFile, output);
    if (code !== 0) return failure(`${explainGypFailure(output)}\nFull node-gyp output: ${logFile}\n${tail(output, 15)}`);

    const built = path.join(packageCopy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) return failure(`node-gyp reported success but ${built} is missing. Full output: ${logFile}`);
    const abi = moduleAbi(built);
    const abiProblem = checkAbi(abi, expectedAbi, electronVersion);
    if (abiProblem) return failure(abiProblem);
    copyFileSync(built, outFile);
    writeFileSync(infoFile, `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, abi, arch: process.arch, platform: process.platform }, null, 2)}\n`);
    return { ok: true, file: outFile, message: `Built ${path.relative(root, outFile)} (NODE_MODULE_VERSION ${abi ?? 'unknown'})` };
  } catch (error) {
    return failure(`Could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function failure(message) {
  return { ok: false, message };
}

function readVersion(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return null;
  }
}

function isUpToDate(outFile, infoFile, sqliteVersion) {
  if (!existsSync(outFile) || !existsSync(infoFile)) return false;
  try {
    const info = JSON.parse(readFileSync(infoFile, 'utf8'));
    return info.betterSqlite3 === sqliteVersion && info.arch === process.arch && info.platform === process.platform;
  } catch {
    return false;
  }
}

/** Electron's NODE_MODULE_VERSION, from node-abi when it is installed (electron-builder brings it). */
function electronAbi(electronVersion) {
  try {
    return String(require('node-abi').getAbi(electronVersion, 'electron'));
  } catch {
    return null;
  }
}

/** The ABI a built addon was compiled for, read from its `node_register_module_v<ABI>` symbol. */
function moduleAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? match[1] : null;
}

function checkAbi(abi, expected, electronVersion) {
  if (abi && abi === process.versions.modules) {
    return (
      `The addon was built for Node's ABI (${abi}), not Electron's. node-gyp used local Node headers: ` +
      'check that no `nodedir` is set in .npmrc or npm_config_nodedir.'
    );
  }
  if (abi && expected && abi !== expected) {
    return `The addon was built for NODE_MODULE_VERSION ${abi}, but Electron ${electronVersion} needs ${expected}.`;
  }
  return null;
}

function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a dependency here; try npm's own copy below
  }
  const npmGlobal = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const prefix = npmGlobal.status === 0 ? npmGlobal.stdout.trim() : null;
  const bundled = ['node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'];
  if (prefix) candidates.push(path.join(prefix, 'lib', ...bundled), path.join(prefix, ...bundled));
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', ...bundled));
  return candidates.find((file) => file && existsSync(file)) ?? null;
}

/**
 * node-gyp reads `npm_config_*` variables; a `nodedir` inherited from npm (this machine's
 * .npmrc sets one) would make it compile against local Node headers and silently produce
 * a Node-ABI addon, so it is dropped along with any other target override.
 */
function gypEnvironment() {
  const drop = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !drop.test(key)));
}

function run(command, args, cwd, env) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function explainGypFailure(output) {
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|certificate|status code 40[34]/i.test(output)) {
    return (
      `Could not download Electron's headers from ${HEADERS_URL} (no network, or the host is unreachable). ` +
      'Connect once and rerun `node scripts/build-electron-native.mjs`; the headers are cached after that.'
    );
  }
  if (/gyp ERR! find (Python|VS)|make: (not found|command not found)|g\+\+: (not found|command not found)|(cc|c\+\+): (not found|command not found)/i.test(output)) {
    return 'A C++ toolchain (Python 3, make and a C++ compiler; Visual Studio Build Tools on Windows) is needed to build better-sqlite3.';
  }
  return 'node-gyp could not build better-sqlite3 for Electron.';
}

function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).map((line) => `  | ${line}`).join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await buildElectronNative({ force: process.argv.includes('--force') });
  (result.ok ? console.log : console.error)(result.message);
  process.exitCode = result.ok ? 0 : 1;
}
