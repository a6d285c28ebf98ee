import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsDir } from '../main/engine/assets';
import { openSource } from '../main/engine/connectors/open-source';
import { quoteIdent } from '../main/engine/catalog/sqlite-ddl';
import { loadProject } from '../main/engine/project/inspect-project';
import { runPipeline } from '../main/engine/pipeline/run-pipeline';
import { generateDataset } from '../main/engine/synth/generate';
import { openDatabase } from '../main/store/open-database';

/** How the pipeline benchmark runs. */
export interface PipelineBenchOptions {
  patients: number;
  repeats: number;
  cacheDir: string;
  print: (line: string) => void;
}

const TABLES = ['patients', 'admissions', 'outpatient_appointments', 'diagnoses'];

/**
 * The pipeline benchmark: a full demo-project run (extract → transform → validate →
 * load, with the load ledger and run store) against a baseline measured in the same run:
 * the same source files read through the same CSV connector and inserted as they are into
 * SQLite in transactions of 1000 rows — the least any loader does. The ratio is what
 * mapping, checking and idempotent loading cost on top.
 */
export async function runPipelineBench(partial: Partial<PipelineBenchOptions> = {}): Promise<void> {
  const options: PipelineBenchOptions = {
    patients: 100_000,
    repeats: 2,
    cacheDir: '.cache/bench',
    print: (line) => process.stdout.write(`${line}\n`),
    ...partial,
  };
  const dir = await demoProject(options);
  options.print(`pipeline benchmark: ${dir}, best of ${options.repeats}`);
  const baseline: number[] = [];
  const pipeline: number[] = [];
  let rows = 0;
  for (let r = 0; r < options.repeats; r++) {
    const order = r % 2 === 0 ? ['baseline', 'pipeline'] : ['pipeline', 'baseline'];
    for (const side of order) {
      if (side === 'baseline') baseline.push(await timeBaseline(dir));
      else {
        const result = await timePipeline(dir);
        pipeline.push(result.seconds);
        rows = result.rows;
      }
    }
  }
  const b = Math.min(...baseline);
  const p = Math.min(...pipeline);
  options.print(
    `pipeline/plain-load ratio (${options.patients / 1000}k patients, ${rows} rows): ${(p / b).toFixed(2)}x  (plain load ${b.toFixed(1)} s, pipeline ${p.toFixed(1)} s, ${Math.round(rows / p)} rows/s)`,
  );
}

async function demoProject(options: PipelineBenchOptions): Promise<string> {
  const dir = join(options.cacheDir, `pipeline-${options.patients}`);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(assetsDir(), 'templates', 'demo'), dir, { recursive: true });
    await generateDataset({ patients: options.patients, seed: 42, outDir: join(dir, 'source') });
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

async function timePipeline(dir: string): Promise<{ seconds: number; rows: number }> {
  rmSync(join(dir, 'target'), { recursive: true, force: true });
  mkdirSync(join(dir, 'target'));
  cpSync(join(assetsDir(), 'templates', 'demo', 'target', 'load-schema.sql'), join(dir, 'target', 'load-schema.sql'));
  rmSync(join(dir, '.cutover'), { recursive: true, force: true });
  const project = await loadProject(dir);
  const start = performance.now();
  const result = await runPipeline(project);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, rows: result.tables.reduce((n, t) => n + t.read, 0) };
}

async function timeBaseline(dir: string): Promise<number> {
  const file = join(dir, '.baseline.db');
  rmSync(file, { force: true });
  const db = openDatabase(file);
  const start = performance.now();
  const source = openSource({ type: 'csv', path: 'source' }, { baseDir: dir });
  for (const table of TABLES) {
    const [info] = (await source.discover()).filter((t) => t.name === table);
    const columns = info!.columns.map((c) => c.name);
    db.exec(`CREATE TABLE ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`);
    const insert = db.prepare(`INSERT INTO ${quoteIdent(table)} VALUES (${columns.map(() => '?').join(', ')})`);
    for await (const batch of source.read(table, { batchSize: 1000 })) {
      db.transaction(() => {
        for (const record of batch) insert.run(...columns.map((c) => record.values[c] ?? null));
      })();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  await source.close();
  db.close();
  rmSync(file, { force: true });
  return seconds;
}
