#!/usr/bin/env node
// Runs Electronegativity over the Electron app's sources (main, preload, renderer) and
// fails when any HIGH or MEDIUM finding remains. `.ci/run` calls this.
//
// Why not just `npx electronegativity -i main,preload,renderer -o report.csv`:
// - `-i` takes one path, so the three folders are linked into one staging folder
//   (scanning the repo root would also scan tests, benches and the built renderer bundle);
// - its CSV writer appends the rows while the header write may still be pending (two
//   unordered async writes), so a report can lose rows; the findings are taken from its
//   programmatic API instead and written to .cache/electronegativity.json here;
// - its TypeScript fallback parser (@typescript-eslint/typescript-estree, hoisted) loads
//   the project's TypeScript 7, which has no JavaScript API, and crashes at start-up, so
//   that one `require('typescript')` is pointed at the TypeScript 4 Electronegativity ships.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const SCANNED = ['main', 'preload', 'renderer'];
const STAGED_FILES = ['package.json', 'package-lock.json'];
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const REPORT = path.join(root, '.cache', 'electronegativity.json');

function loadElectronegativity() {
  const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const ownTypeScript = createRequire(path.join(toolDir, 'package.json')).resolve('typescript');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const from = parent?.filename ?? '';
    if (request === 'typescript' && /[\\/]node_modules[\\/](@typescript-eslint|tsutils)[\\/]/.test(from)) return ownTypeScript;
    return resolve.call(this, request, parent, ...rest);
  };
  return require('@doyensec/electronegativity');
}

function stageSources() {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'cutover-electronegativity-'));
  for (const name of [...SCANNED, ...STAGED_FILES]) {
    const source = path.join(root, name);
    if (!existsSync(source)) continue;
    const isDir = SCANNED.includes(name);
    symlinkSync(source, path.join(staging, name), isDir && process.platform === 'win32' ? 'junction' : undefined);
  }
  return staging;
}

function describe(issue, staging) {
  const file = issue.file && issue.file !== 'N/A' ? path.relative(root, issue.file.replace(staging, root)) : '(whole app)';
  const where = issue.location && issue.location.line ? `${file}:${issue.location.line}:${issue.location.column}` : file;
  return {
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    where,
    description: issue.description,
    manualReview: Boolean(issue.manualReview),
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  };
}

async function main() {
  let run;
  try {
    run = loadElectronegativity();
  } catch (error) {
    console.error(`Electronegativity could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const staging = stageSources();
  let result;
  try {
    result = await run({ input: staging, isRelative: false, isSarif: false, severitySet: 'informational', confidenceSet: 'tentative' });
  } catch (error) {
    console.error(`Electronegativity failed: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  const findings = result.issues.map((issue) => describe(issue, staging));
  const unreadable = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(root, e.file.replace(staging, root)), message: e.message }));
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify({ scanned: SCANNED, findings, unreadable }, null, 2)}\n`);

  const blocking = findings.filter((f) => BLOCKING.has(f.severity));
  const notes = findings.filter((f) => !BLOCKING.has(f.severity));
  console.log(`Electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${SCANNED.join(', ')}`);
  for (const f of blocking) console.log(`  ✗ ${f.severity}/${f.confidence} ${f.id} at ${f.where}\n      ${f.description}\n      ${f.url}`);
  for (const f of notes) console.log(`  · ${f.severity}/${f.confidence} ${f.id} at ${f.where}: ${f.description}`);
  for (const u of unreadable) console.log(`  ✗ could not parse ${u.file}: ${u.message}`);
  console.log(`Report: ${path.relative(root, REPORT)}`);

  if (unreadable.length > 0) console.error(`${unreadable.length} file(s) could not be parsed, so they were not checked.`);
  if (blocking.length > 0) console.error(`${blocking.length} HIGH or MEDIUM finding(s) remain.`);
  if (blocking.length > 0 || unreadable.length > 0) return 1;
  console.log('No HIGH or MEDIUM findings.');
  return 0;
}

process.exitCode = await main();
