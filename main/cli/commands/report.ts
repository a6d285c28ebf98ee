import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportPack } from '../../engine/evidence/export-pack';
import { UserError } from '../../engine/errors';
import { loadProject } from '../../engine/project/inspect-project';
import { EXIT, type Io } from '../output';

/**
 * `cutover report <project>`: the governance pack of a run (the newest by default), a
 * self-contained HTML document or JSON; written to --out, or to standard output.
 */
export async function report(io: Io, dir: string, options: { run?: string; format: string; out?: string }): Promise<number> {
  if (options.format !== 'html' && options.format !== 'json') throw new UserError('--format is html or json', { field: 'format' });
  const file = exportPack(await loadProject(dir), options.format, options.run);
  if (!options.out) {
    io.out(file.content);
    return EXIT.ok;
  }
  try {
    writeFileSync(resolve(options.out), file.content);
  } catch (error) {
    throw new UserError(`cannot write the pack: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { file: options.out, field: 'out' });
  }
  io.err(`wrote ${options.out}`);
  return EXIT.ok;
}
