import { initProject } from '../../engine/project/init-project';
import { EXIT, printJson, type Io } from '../output';

/** `cutover init <dir> --template demo`. */
export async function init(io: Io, dir: string, options: { template: string; patients: number; seed: number; json?: boolean }): Promise<number> {
  const result = await initProject(dir, options);
  if (options.json) {
    printJson(io, { project: result.dir, template: options.template, dataset: result.dataset });
  } else {
    const rows = result.dataset.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
    io.out(`Created the ${options.template} project in ${result.dir}\n  source: ${rows}\n  next: cutover run ${dir}`);
  }
  return EXIT.ok;
}
