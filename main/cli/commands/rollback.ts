import { userInfo } from 'node:os';
import { rollbackRun } from '../../engine/pipeline/rollback';
import { loadProject } from '../../engine/project/inspect-project';
import { EXIT, printJson, type Io } from '../output';

/**
 * `cutover rollback <project> --run R`: puts the target back as it was before run R,
 * undoing it and every later run, after copying the target aside; the audit trail names
 * who asked (`--by`, else the login name).
 */
export async function rollback(io: Io, dir: string, options: { run: string; by?: string; json?: boolean }): Promise<number> {
  const by = options.by?.trim() || safeUser();
  const result = rollbackRun(await loadProject(dir), options.run, by);
  if (options.json) printJson(io, result);
  else {
    io.out(`Rolled back ${result.undoneRuns.length} run${result.undoneRuns.length === 1 ? '' : 's'}: ${result.undoneRuns.join(', ')}`);
    io.out(result.removedTarget ? 'There was no target before that run: the target was removed.' : 'The target is as it was before that run.');
    if (result.safetyCopy) io.out(`The target as it stood is kept in ${result.safetyCopy}.`);
  }
  return EXIT.ok;
}

function safeUser(): string {
  try {
    return userInfo().username || 'cutover';
  } catch {
    return 'cutover';
  }
}
