import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScenarioInput, SimulatedStrategy, SimulationResult, StrategyResult } from '../../../preload/contract';
import { UserError } from '../../engine/errors';
import { formatSeconds } from '../../engine/simulate/format-seconds';
import { parseScenario, readScenarioFile } from '../../engine/simulate/scenario-file';
import { findScenario, listPacks } from '../../engine/simulate/scenario-library';
import { simulate as runSimulation } from '../../engine/simulate/simulate';
import { EXIT, printJson, type Io } from '../output';

/** Options of `cutover simulate`. */
export interface SimulateOptions {
  list?: boolean;
  project?: string;
  patients?: number;
  seed?: number;
  batchSize?: number;
  workers?: number;
  strategy?: SimulatedStrategy[];
  json?: boolean;
}

const NAMES: Record<SimulatedStrategy, string> = { staged: 'staged', big_bang: 'big bang', parallel: 'parallel' };

/**
 * `cutover simulate <scenario>`: rehearses a migration from a scenario file or a built-in
 * one (`cutover-night/flaky-network`) and compares the strategies; `--list` lists the packs.
 */
export async function simulate(io: Io, scenarioArg: string | undefined, options: SimulateOptions): Promise<number> {
  const projectDir = options.project ? resolve(options.project) : null;
  if (options.list || !scenarioArg) {
    const packs = listPacks(projectDir);
    if (options.json) printJson(io, { packs: packs.map((p) => ({ ...p, scenarios: p.scenarios.map((s) => ({ id: s.id, name: s.scenario.name, description: s.scenario.description })) })) });
    else for (const pack of packs) io.out(`${pack.title}${pack.minutes ? ` (${pack.minutes} min)` : ''}\n${pack.scenarios.map((s) => `  ${s.id.padEnd(36)} ${s.scenario.name}`).join('\n')}`);
    return EXIT.ok;
  }
  const base = loadScenario(scenarioArg, projectDir);
  const scenario = parseScenario(
    {
      ...base,
      seed: options.seed ?? base.seed,
      data: { ...base.data, ...(options.patients !== undefined ? { patients: options.patients } : {}) },
      pipeline: {
        ...base.pipeline,
        ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.strategy ? { strategies: [...new Set(options.strategy)] } : {}),
      },
    } satisfies ScenarioInput,
    scenarioArg,
  );
  const result = await runSimulation(scenario, scenarioArg);
  if (options.json) {
    // The grid is for the app's playback; a script wants the numbers.
    printJson(io, { ...result, strategies: result.strategies.map(({ grid: _grid, ...rest }) => rest) });
  } else {
    io.out(describe(result));
  }
  return EXIT.ok;
}

function loadScenario(arg: string, projectDir: string | null): ScenarioInput {
  if (/\.ya?ml$/i.test(arg)) {
    const file = resolve(arg);
    if (!existsSync(file)) throw new UserError('scenario file not found', { file: arg });
    const read = readScenarioFile(file, arg);
    if (read.value) return read.value;
    const first = read.problems[0]!;
    throw new UserError(first.message, { file: first.file, line: first.line, field: first.field });
  }
  return findScenario(arg, projectDir).scenario;
}

/** The comparison as aligned text, then the advice and the batch-size estimate. */
function describe(result: SimulationResult): string {
  const { scenario, workload } = result;
  const batches = workload.tables.reduce((n, t) => n + t.batches, 0);
  const head = `${scenario.name} (seed ${scenario.seed}): ${workload.patients} patients, ${workload.records} records in ${batches} batches of ${scenario.pipeline.batchSize}, ${scenario.pipeline.workers} workers`;
  const whole = (s: StrategyResult) => `${percent((s.patients.complete + s.patients.warned) / Math.max(1, s.patients.total))}`;
  const rows: [string, (s: StrategyResult) => string][] = [
    ['outcome', (s) => s.outcome.replaceAll('_', ' ')],
    ['simulated time', (s) => formatSeconds(s.seconds)],
    ['patients whole', whole],
    ['partly migrated', (s) => String(s.patients.partial)],
    ['not migrated', (s) => String(s.patients.notMigrated)],
    ['records loaded', (s) => String(s.records.loaded + s.records.warned)],
    ['refused by checks', (s) => String(s.records.rejected)],
    ['in failed batches', (s) => String(s.records.failed + s.records.halted + s.records.rolledBack)],
    ['retries', (s) => String(s.batches.retries)],
    ['lost to failures', (s) => formatSeconds(s.lost.failedAttempts + s.lost.backoff + s.lost.rollback)],
    ['waiting for target', (s) => formatSeconds(s.lost.lockWait)],
    ['utilisation', (s) => percent(s.utilisation)],
  ];
  const cells = [['', ...result.strategies.map((s) => `${NAMES[s.strategy]}${s.strategy === result.best ? ' *' : ''}`)], ...rows.map(([label, of]) => [label, ...result.strategies.map(of)])];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const table = cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')).join('\n');
  const advice = result.recommendations.map((r) => `  ${r.level === 'critical' ? '!!' : r.level === 'warning' ? ' !' : ' -'} ${r.title}\n     ${r.detail}`).join('\n');
  const sizes = result.batchSizes.map((b) => `  ${String(b.batchSize).padStart(6)}  ${formatSeconds(b.seconds).padStart(12)}  ${percent(b.completeShare).padStart(6)} whole${b.recommended ? '  <- recommended' : ''}`).join('\n');
  return `${head}\n\n${table}\n(* the strategy to choose)\n\nAdvice:\n${advice}\n\nBatch size estimate (${NAMES[result.best]}):\n${sizes}`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
