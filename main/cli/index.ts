import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isUserError } from '../engine/errors';
import { EXIT, printJson, processIo, type Io } from './output';

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
}

function strategyName(value: string): 'staged' | 'big_bang' | 'parallel' {
  const name = value.replace('-', '_');
  if (name !== 'staged' && name !== 'big_bang' && name !== 'parallel') throw new InvalidArgumentError('must be staged, big_bang or parallel');
  return name;
}

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** Builds the `cutover` program; each command's code loads only when it runs. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('cutover')
    .description('Cutover Workbench: offline healthcare data migrations (exit codes: 0 ok, 1 verdict failed, 2 bad input, 3 internal error)')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run cutover --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  program
    .command('init')
    .description('create a migration project from a template')
    .argument('<dir>', 'new project folder')
    .option('--template <name>', 'template to start from', 'demo')
    .option('--patients <n>', 'synthetic patients in the demo source', integer('--patients', 1, 1_000_000), 2000)
    .option('--seed <n>', 'random seed for the demo source', integer('--seed', 0, 2 ** 31 - 1), 42)
    .option('--json', 'print a JSON summary')
    .action(async (dir, options) => setExit(await (await import('./commands/init')).init(io, dir, options)));

  program
    .command('generate')
    .description('write seeded synthetic PAS source data (same seed, same bytes)')
    .requiredOption('--out <dir>', 'folder to write the data files and defects.json into')
    .option('--patients <n>', 'number of patients', integer('--patients', 1, 10_000_000), 1000)
    .option('--seed <n>', 'random seed', integer('--seed', 0, 2 ** 31 - 1), 42)
    .option('--defect-rate <r>', 'share of records given one injected defect (0-1)', fraction, 0.03)
    .addOption(
      new Option('--format <format>', 'csv (PAS tables), fhir (R4 Bulk Data NDJSON) or hl7v2 (ER7 messages in adt.hl7)')
        .choices(['csv', 'fhir', 'hl7v2'])
        .default('csv'),
    )
    .option(
      '--defect <kind=weight>',
      'relative weight of one defect kind, repeatable; 0 switches it off, all=W sets every kind (e.g. --defect all=0 --defect invalid_nhs_number=1)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--json', 'print a JSON summary')
    .action(async (options) => setExit(await (await import('./commands/generate')).generate(io, options)));

  program
    .command('validate')
    .description('check a project and list every problem with its location')
    .argument('<project>', 'project folder')
    .option('--json', 'print the problems as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/validate')).validate(io, dir, options)));

  program
    .command('profile')
    .description('profile the source tables: types, empties, distinct counts, ranges, top values, patterns, identifying columns')
    .argument('<project>', 'project folder')
    .option('--table <name...>', 'profile only these tables (table or source.table)')
    .option('--min-cell-count <n>', "suppress counts below this in the output (default: the project's privacy.minCellCount, 5 unless set)", integer('--min-cell-count', 0, 1_000_000))
    .option('--json', 'print the profile as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/profile')).profile(io, dir, options)));

  program
    .command('suggest')
    .description('rank how each target field could be filled (name and synonym match, type fit, value overlap with crosswalks)')
    .argument('<project>', 'project folder')
    .option('--table <name...>', 'only these target tables')
    .option('--limit <n>', 'suggestions per field', integer('--limit', 1, 20), 3)
    .option('--all', 'include fields the contract has already decided')
    .option('--json', 'print the suggestions as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/suggest')).suggest(io, dir, options)));

  program
    .command('run')
    .description('run the pipeline: extract, transform, validate, load')
    .argument('<project>', 'project folder')
    .option('--dry-run', 'load into a scratch copy of the target and throw it away')
    .option('--resume [run]', 'carry on a failed or cancelled run after its last committed batch (default: the newest)')
    .option('--batch-size <n>', 'rows per committed batch', integer('--batch-size', 1, 100_000))
    .option('--strategy <name>', 'staged (one table at a time), parallel (independent tables side by side) or big_bang (all or nothing)', strategyName)
    .option('--concurrency <n>', 'tables loaded at once by the parallel strategy', integer('--concurrency', 1, 16))
    .option('--estimate', 'print the rows each table will read and how long the run should take, without running it')
    .option('--json', 'print one JSON object: runId, status, tables')
    .action(async (dir, options) => setExit(await (await import('./commands/run')).run(io, dir, options)));

  program
    .command('gates')
    .description('judge a run against a release gate profile: PASS (exit 0) or FAIL (exit 1), with evidence per gate')
    .argument('<project>', 'project folder')
    .requiredOption('--profile <name>', 'gate profile from quality/gates.yaml')
    .option('--run <id>', 'the run to judge (default: the newest)')
    .option('--waive <metric>', 'first waive this failing gate of the run (needs --reason and --by)')
    .option('--withdraw <metric>', 'first withdraw the waiver of this gate')
    .option('--reason <text>', 'why the gate is waived')
    .option('--by <name>', 'who waives it')
    .option('--json', 'print the verdict as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/gates')).gates(io, dir, options)));

  program
    .command('reconcile')
    .description('re-read the target and compare every row with what was loaded (exit 1 when a table is off)')
    .argument('<project>', 'project folder')
    .option('--json', 'print the reconciliation as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/reconcile')).reconcile(io, dir, options)));

  program
    .command('dedup')
    .description('look for the same person twice in the loaded target table (quality/dedup.yaml): pairs, people, accuracy against labels')
    .argument('<project>', 'project folder')
    .option('--json', 'print the result as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/dedup')).dedup(io, dir, options)));

  program
    .command('report')
    .description('the governance pack of a run: self-contained HTML (or JSON) with gates, quality, reconciliation, contract, audit and sign-offs')
    .argument('<project>', 'project folder')
    .option('--run <id>', 'the run to report on (default: the newest)')
    .option('--format <format>', 'html or json', 'html')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (dir, options) => setExit(await (await import('./commands/report')).report(io, dir, options)));

  program
    .command('audit')
    .description('the tamper-evident audit trail')
    .command('verify')
    .description('recompute the hash chain: exit 0 when it holds, 1 when an entry was changed')
    .argument('<project>', 'project folder')
    .option('--json', 'print the result as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/audit')).auditVerify(io, dir, options)));

  program
    .command('rollback')
    .description('put the target back as it was before a run (undoing it and every later run)')
    .argument('<project>', 'project folder')
    .requiredOption('--run <id>', 'the run to undo')
    .option('--by <name>', 'who asks, for the audit trail (default: the login name)')
    .option('--json', 'print the result as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/rollback')).rollback(io, dir, options)));

  program
    .command('runs')
    .description('list the runs of a project, or compare two to four of them side by side (exit 2 for an unknown run)')
    .argument('<project>', 'project folder')
    .option('--compare <run...>', 'compare these runs, the first as the baseline')
    .option('--json', 'print the runs (or the comparison) as JSON')
    .action(async (dir, options) => setExit(await (await import('./commands/runs')).runs(io, dir, options)));

  program
    .command('simulate')
    .description('rehearse a migration on synthetic patients: each strategy on a simulated clock with injected failures, compared, with advice')
    .argument('[scenario]', 'a scenario .yaml file or a built-in id such as cutover-night/flaky-network')
    .option('--list', 'list the scenario packs')
    .option('--project <dir>', "also offer the project's own scenarios (its simulation/ folder)")
    .option('--patients <n>', 'synthetic patients instead of the scenario’s', integer('--patients', 1, 200_000))
    .option('--seed <n>', 'random seed instead of the scenario’s', integer('--seed', 0, 2 ** 31 - 1))
    .option('--batch-size <n>', 'records per batch', integer('--batch-size', 10, 100_000))
    .option('--workers <n>', 'parallel workers', integer('--workers', 1, 32))
    .option('--strategy <name...>', 'strategies to compare: staged, big_bang, parallel', (value: string, previous: string[] = []) => [...previous, strategyName(value)])
    .option('--json', 'print the comparison as JSON')
    .action(async (scenario, options) => setExit(await (await import('./commands/simulate')).simulate(io, scenario, options)));

  program
    .command('serve')
    .description('serve the app to a local browser over a loopback bridge (127.0.0.1, random token)')
    .argument('[project]', 'project folder to open')
    .option('--demo', 'open (creating on first use) the demo project in ~/.cutover/demo')
    .addOption(new Option('--port <n>', 'port; 0 picks a free one').argParser(integer('--port', 0, 65535)).default(0))
    .option('--no-open', 'do not try to open a browser')
    .action(async (dir, options) => setExit(await (await import('./commands/serve')).serve(io, dir, options)));

  return program;
}

/** Runs the CLI with `argv` (without node and script) and answers the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isUserError(error)) {
      if (json) printJson(io, { error: { code: error.code, message: error.message, ...error.place, problems: error.problems } });
      io.err(`cutover: ${error.describe()}`);
      for (const p of error.problems.slice(1)) io.err(`cutover: ${[p.file, p.line].filter(Boolean).join(':')}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
      return EXIT.badInput;
    }
    io.err(`cutover: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.CUTOVER_DEBUG) io.err(String((error as Error).stack));
    return EXIT.internal;
  }
}
