import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../engine/errors';
import { RunStore } from '../../store/run-store';
import { EXIT, printJson, type Io } from '../output';
import { runsCompare } from './runs-compare';

/** `cutover runs <project>`: the runs in the project's run store, newest first; with `--compare`, those runs side by side. */
export async function runs(io: Io, dir: string, options: { json?: boolean; compare?: string[] }): Promise<number> {
  if (!existsSync(resolve(dir, 'project.yaml'))) throw new UserError('not a Cutover project: project.yaml not found', { file: dir });
  const store = RunStore.open(resolve(dir));
  try {
    if (options.compare) return runsCompare(io, store, options.compare, options);
    const list = store.listRuns();
    if (options.json) {
      printJson(io, {
        runs: list.map((r) => ({
          id: r.id,
          status: r.status,
          start: r.startedAt,
          end: r.finishedAt,
          dryRun: r.dryRun,
          counts: { read: r.read, written: r.written, rejected: r.rejected, skipped: r.skipped },
          error: r.error,
        })),
      });
    } else if (list.length === 0) {
      io.out('no runs yet');
    } else {
      for (const r of list) {
        io.out(`${r.id}  ${r.status.padEnd(9)}  ${r.startedAt}  read ${r.read}  written ${r.written}  rejected ${r.rejected}  skipped ${r.skipped}${r.dryRun ? '  (dry run)' : ''}`);
      }
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}
