#!/usr/bin/env node
// Bundles the Electron side into dist/electron/*.cjs. The package is "type": "module",
// but Electron's sandboxed preload can only be CommonJS and the main process starts
// fastest from one CJS file, so every bundle is .cjs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

/** The three bundles: entry point, output file, and what it may leave to `require`. */
export const BUNDLES = [
  { name: 'main', entry: 'main/index.ts', out: 'main.cjs', external: ['electron', 'better-sqlite3'] },
  // Sandboxed: `require` there knows only 'electron', so nothing else may stay external.
  { name: 'preload', entry: 'preload/index.ts', out: 'preload.cjs', external: ['electron'], sandboxed: true },
  // protobufjs: @datadog/sketches-js requires it lazily, only to serialise a sketch to
  // protobuf, which the profiler never does; left out, as npm leaves it out.
  { name: 'engine host', entry: 'main/host/utility-entry.ts', out: 'engine-host.cjs', external: ['electron', 'better-sqlite3', 'protobufjs/minimal'] },
];

/**
 * Builds every bundle; resolves with the list of failures (empty when all built).
 * esbuild's errors already name file, line and column, so they are printed as they are.
 */
export async function buildElectron({ quiet = false } = {}) {
  const failures = [];
  for (const bundle of BUNDLES) {
    try {
      const result = await build({
        entryPoints: [path.join(root, bundle.entry)],
        outfile: path.join(outDir, bundle.out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: bundle.external,
        sourcemap: 'linked',
        metafile: true,
        logLevel: 'silent',
        plugins: [sourceLocationPlugin],
        banner: { js: SOURCE_URL_BANNER },
      });
      for (const warning of result.warnings) console.warn(`warning (${bundle.name}): ${formatMessage(warning)}`);
      if (bundle.sandboxed) checkSandboxImports(bundle, result.metafile);
      if (!quiet) console.log(`built ${path.relative(root, path.join(outDir, bundle.out))}`);
    } catch (error) {
      const messages = error?.errors?.map(formatMessage) ?? [error instanceof Error ? error.message : String(error)];
      failures.push({ bundle: bundle.name, messages });
      console.error(`Could not bundle ${bundle.entry} (${bundle.name}):\n  ${messages.join('\n  ')}`);
    }
  }
  return failures;
}

// Our ESM sources locate files with `new URL('../../assets', import.meta.url)`. A CJS
// bundle has no import.meta, so each source file's import.meta.url becomes the URL that
// file would have under the app root at run time (the repo, or app.asar when packaged):
// relative lookups land where they did from source. The bundle lives two levels below
// the root (dist/electron/).
const SOURCE_URL_BANNER =
  "const __cutoverSourceUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', '..', file)).href;";

const sourceLocationPlugin = {
  name: 'source-location',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.[cm]?tsx?$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(file, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const relative = path.relative(root, file).split(path.sep).join('/');
      const contents = source.replaceAll('import.meta.url', `__cutoverSourceUrl(${JSON.stringify(relative)})`);
      return { contents, loader: file.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

// The sandbox fails at run time, in the window, on any other require; catch it at build time.
function checkSandboxImports(bundle, metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const externals = (output?.imports ?? []).filter((i) => i.external).map((i) => i.path);
  const forbidden = externals.filter((p) => p !== 'electron');
  if (forbidden.length > 0) {
    throw new Error(`${bundle.entry} is a sandboxed preload but requires ${forbidden.join(', ')}; only 'electron' is allowed there`);
  }
}

function formatMessage(message) {
  const where = message.location ? `${message.location.file}:${message.location.line}:${message.location.column}: ` : '';
  return `${where}${message.text}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const failures = await buildElectron();
  process.exitCode = failures.length > 0 ? 1 : 0;
}
