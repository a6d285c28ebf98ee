#!/usr/bin/env node
// electron-builder hooks (named in electron-builder.yml). With one package.json,
// electron-builder rebuilds native modules *in place*: after `npm run package`,
// node_modules/better-sqlite3 would hold an Electron-ABI addon, and the CLI, the tests
// and the browser bridge (plain Node) would fail with a NODE_MODULE_VERSION error.
// So the Node-ABI addon is put aside before the rebuild and put back at the end.
// Manual recovery after an interrupted packaging run: node scripts/electron-builder-hooks.mjs --restore
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const addon = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const backup = path.join(root, '.cache', 'node-native', 'better_sqlite3.node');

/** Before electron-builder rebuilds dependencies: keep the Node-ABI addon. True lets the rebuild go ahead. */
export async function beforeBuild() {
  // Only a Node-ABI file is worth keeping: on the second arch of a multi-arch build the
  // file is already Electron's, and the backup from the first arch must survive.
  if (existsSync(addon) && addonAbi(addon) === process.versions.modules) {
    mkdirSync(path.dirname(backup), { recursive: true });
    copyFileSync(addon, backup);
    console.log(`  • kept the Node-ABI better-sqlite3 addon in ${path.relative(root, backup)}`);
  }
  return true;
}

/** After every artifact is built: put the Node-ABI addon back. Adds no artifacts. */
export async function afterAllArtifactBuild() {
  restoreNodeAddon();
  return [];
}

/** Copies the kept addon back into node_modules; true when there was one. */
export function restoreNodeAddon() {
  if (!existsSync(backup)) return false;
  copyFileSync(backup, addon);
  rmSync(backup);
  console.log('  • restored the Node-ABI better-sqlite3 addon in node_modules');
  return true;
}

function addonAbi(file) {
  return /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))?.[1] ?? null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href && process.argv.includes('--restore')) {
  if (!restoreNodeAddon()) {
    console.log('Nothing to restore. If node_modules/better-sqlite3 still fails under Node, run `npm rebuild better-sqlite3`.');
  }
}
