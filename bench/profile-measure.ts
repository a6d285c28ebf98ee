/**
 * One measurement of the profiling benchmark, run in a fresh process so that its memory
 * readings are its own:
 * `node --import tsx [--expose-gc] bench/profile-measure.ts <parse|profile> <folder> <table> <rows|all> [gc-every-batches]`.
 * Reads the table through the CSV connector (the path `cutover profile` uses), either
 * consuming every record and doing nothing else (`parse`) or profiling it (`profile`),
 * and prints one JSON line: wall and CPU seconds, time inside the profiler, peak heap
 * and peak RSS. With `gc-every-batches` (and --expose-gc) the heap is read after a full
 * collection every so many batches and at the end, so the peak is of live memory rather
 * than of garbage awaiting collection; such runs are for memory, not for timing.
 */
import { getHeapStatistics } from 'node:v8';
import { openSource } from '../main/engine/connectors/open-source';
import { TableProfiler } from '../main/engine/profile/table-profiler';

/** What one measurement printed. */
export interface Measurement {
  mode: 'parse' | 'profile';
  rows: number;
  seconds: number;
  cpuSeconds: number;
  /** Time spent in the profiler itself (0 for parse). */
  profilerSeconds: number;
  peakHeapMB: number;
  peakRssMB: number;
}

async function measure(mode: 'parse' | 'profile', folder: string, table: string, limit: number, gcEvery: number): Promise<Measurement> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gcEvery > 0 && !gc) throw new Error('gc-every needs node --expose-gc');
  let peakHeap = 0;
  let batches = 0;
  const sampleHeap = (force = false) => {
    if (gcEvery > 0) {
      if (!force && ++batches % gcEvery !== 0) return;
      gc!();
    }
    const used = getHeapStatistics().used_heap_size;
    if (used > peakHeap) peakHeap = used;
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const connection = openSource({ type: 'csv', path: folder }, { baseDir: process.cwd() });
  const found = (await connection.discover()).find((t) => t.name === table);
  if (!found) throw new Error(`no table ${table} in ${folder}`);
  const profiler = mode === 'profile' ? new TableProfiler('bench', table, found.columns.map((c) => c.name)) : null;
  let rows = 0;
  let inProfiler = 0;
  for await (const batch of connection.read(table, { batchSize: 1000 })) {
    const slice = rows + batch.length > limit ? batch.slice(0, limit - rows) : batch;
    if (profiler) {
      const t = performance.now();
      profiler.addBatch(slice);
      inProfiler += performance.now() - t;
    }
    rows += slice.length;
    if (rows >= limit) break;
    sampleHeap();
  }
  sampleHeap(true);
  if (profiler) {
    const t = performance.now();
    const result = profiler.finish();
    inProfiler += performance.now() - t;
    sampleHeap(true);
    if (result.rows !== rows) throw new Error('profiled a different number of rows');
  }
  await connection.close();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    mode,
    rows,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    profilerSeconds: inProfiler / 1000,
    peakHeapMB: peakHeap / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

const [mode, folder, table, rows, gcEvery] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'profile') || !folder || !table || !rows) {
  process.stderr.write('usage: profile-measure.ts <parse|profile> <folder> <table> <rows|all> [gc-every-batches]\n');
  process.exit(2);
}
const result = await measure(mode, folder, table, rows === 'all' ? Infinity : Number(rows), Number(gcEvery ?? 0));
process.stdout.write(`${JSON.stringify(result)}\n`);
