import { inspectProject } from '../../engine/project/inspect-project';
import { describeProblem, EXIT, printJson, type Io } from '../output';

/** `cutover validate <project>`: every problem with its location; exit 2 if any. */
export async function validate(io: Io, dir: string, options: { json?: boolean }): Promise<number> {
  const { problems } = await inspectProject(dir);
  if (options.json) {
    printJson(io, { valid: problems.length === 0, problems });
  } else if (problems.length === 0) {
    io.out(`${dir}: no problems found`);
  } else {
    for (const p of problems) io.err(describeProblem(p));
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.badInput;
}
