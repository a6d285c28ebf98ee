import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../main/engine/synth/generate';
import type { Measurement } from './profile-measure';

/** How the profiling benchmark runs. */
export interface ProfileBenchOptions {
  /** People in the generated dataset. Default 1,000,000. */
  patients: number;
  /** Rows of the smaller memory reading. Default 100,000. */
  smallRows: number;
  /** Times each timed measurement runs; the fastest counts. Default 2. */
  repeats: number;
  /** Where generated data is cached. Default `.cache/bench`. */
  cacheDir: string;
  /** Where lines go. Default stdout. */
  print: (line: string) => void;
}

const SEED = 42;
const TABLE = 'patients';
/** A peak at most this much above the smaller run's (relative, then absolute) still counts as flat. */
const FLAT_RATIO = 1.25;
const FLAT_SLACK_MB = 16;
/** Memory runs collect garbage every this many batches (of 1000 rows) before reading the heap. */
const GC_EVERY_BATCHES = 50;

/**
 * The profiling benchmark: generates the synthetic PAS dataset (cached), then in the
 * same run times a plain parse of `patients.csv` through the CSV connector against a full
 * profile of it (best of `repeats`, alternating which goes first), then reads the
 * profile's peak memory at a tenth of the rows and at all of them in separate runs that
 * collect garbage as they go. Every measurement is a fresh child process, so memory
 * readings are clean.
 */
export async function runProfileBench(partial: Partial<ProfileBenchOptions> = {}): Promise<void> {
  const options: ProfileBenchOptions = {
    patients: 1_000_000,
    smallRows: 100_000,
    repeats: 2,
    cacheDir: '.cache/bench',
    print: (line) => process.stdout.write(`${line}\n`),
    ...partial,
  };
  const { print } = options;
  const folder = await dataset(options);
  const label = `${formatCount(options.patients)} patients`;
  print(`profiling benchmark: ${join(folder, `${TABLE}.csv`)}, best of ${options.repeats}`);

  const parses: Measurement[] = [];
  const profiles: Measurement[] = [];
  for (let r = 0; r < options.repeats; r++) {
    // Alternate the order so drift in machine load hits both sides alike.
    const pair = r % 2 === 0 ? (['parse', 'profile'] as const) : (['profile', 'parse'] as const);
    for (const mode of pair) (mode === 'parse' ? parses : profiles).push(await child(mode, folder, 'all'));
  }
  const parse = fastest(parses);
  const profile = fastest(profiles);
  const smallMemory = await child('profile', folder, String(options.smallRows), GC_EVERY_BATCHES);
  const bigMemory = await child('profile', folder, 'all', GC_EVERY_BATCHES);
  const parseMemory = await child('parse', folder, 'all', GC_EVERY_BATCHES);

  const ratio = (profile.seconds / parse.seconds).toFixed(2);
  print(`profile/parse ratio (${label}): ${ratio}x  (parse ${secs(parse.seconds)}, profile ${secs(profile.seconds)})`);
  const inside = `inside the profiler ${secs(profile.profilerSeconds)} for ${profile.rows} rows`;
  print(`  cpu: parse ${secs(parse.cpuSeconds)}, profile ${secs(profile.cpuSeconds)}; ${inside}`);
  const smallLabel = formatCount(options.smallRows);
  const bigLabel = formatCount(options.patients);
  const heap = [smallMemory.peakHeapMB, bigMemory.peakHeapMB] as const;
  const rss = [smallMemory.peakRssMB, bigMemory.peakRssMB] as const;
  const heapNote = `live, after a full GC every ${GC_EVERY_BATCHES} batches; parse alone: ${mb(parseMemory.peakHeapMB)}`;
  print(`peak heap ${smallLabel}: ${mb(heap[0])}, ${bigLabel}: ${mb(heap[1])} — ${flatness(...heap)}  (${heapNote})`);
  print(`peak RSS ${smallLabel}: ${mb(rss[0])}, ${bigLabel}: ${mb(rss[1])} — ${flatness(...rss)}  (parse alone: ${mb(parseMemory.peakRssMB)})`);
}

/** The dataset folder, generated on first use; a marker file says generation finished. */
async function dataset(options: ProfileBenchOptions): Promise<string> {
  const folder = join(options.cacheDir, `pas-${options.patients}-seed${SEED}`);
  const done = join(folder, '.complete');
  if (!existsSync(done)) {
    options.print(`generating ${formatCount(options.patients)} patients into ${folder} (once; cached)…`);
    await generateDataset({ patients: options.patients, seed: SEED, outDir: folder });
    writeFileSync(done, new Date().toISOString());
  }
  return folder;
}

/** Runs one measurement in a fresh Node process and reads its JSON line. */
function child(mode: 'parse' | 'profile', folder: string, rows: string, gcEvery = 0): Promise<Measurement> {
  const script = fileURLToPath(new URL('./profile-measure.ts', import.meta.url));
  const flags = gcEvery > 0 ? ['--expose-gc'] : [];
  const args = [...flags, '--import', 'tsx', script, mode, folder, TABLE, rows, String(gcEvery)];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) reject(new Error(`${mode} measurement exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
    });
  });
}

function fastest(runs: readonly Measurement[]): Measurement {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function flatness(small: number, big: number): string {
  return big <= Math.max(small * FLAT_RATIO, small + FLAT_SLACK_MB) ? 'flat' : `NOT flat (${(big / small).toFixed(2)}x)`;
}

function secs(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

function mb(value: number): string {
  return `${Math.round(value)} MB`;
}

function formatCount(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1000 && n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}
