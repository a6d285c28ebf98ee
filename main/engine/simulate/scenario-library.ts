import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProjectProblem, ScenarioPack } from '../../../preload/contract';
import { assetsDir } from '../assets';
import { UserError } from '../errors';
import { readYaml } from '../project/read-yaml';
import { readScenarioFile } from './scenario-file';

/** A pack's `pack.yaml`: what the workshop is, and its scenarios in the order they are run. */
const packFileSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().default(''),
    audience: z.string().default(''),
    minutes: z.number().int().positive().optional(),
    scenarios: z.array(z.string().regex(/\.ya?ml$/i, 'expected a .yaml file name')).min(1).optional(),
  })
  .strict();

/** The folder of a project's own scenarios. */
export const PROJECT_SCENARIOS_DIR = 'simulation';
/** The id of the pack made of a project's own scenarios. */
export const PROJECT_PACK_ID = 'project';

/**
 * The scenario packs on offer: the built-in workshop packs (assets/scenarios/<pack>/),
 * then the open project's own (its simulation/ folder), if it has any. A file that cannot
 * be read is left out and listed in its pack's problems, with its line.
 */
export function listPacks(projectDir: string | null): ScenarioPack[] {
  const builtIn = join(assetsDir(), 'scenarios');
  const packs = readdirSync(builtIn, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readPack(join(builtIn, name), name, true, `scenarios/${name}`));
  const own = projectDir ? join(projectDir, PROJECT_SCENARIOS_DIR) : null;
  if (own && existsSync(own)) packs.push(readPack(own, PROJECT_PACK_ID, false, PROJECT_SCENARIOS_DIR));
  return packs;
}

/** Finds a scenario by its id (`pack/scenario`), among the packs on offer. */
export function findScenario(id: string, projectDir: string | null): ScenarioPack['scenarios'][number] {
  const packs = listPacks(projectDir);
  const found = packs.flatMap((p) => p.scenarios).find((s) => s.id === id);
  if (found) return found;
  const broken = packs.flatMap((p) => p.problems.map((problem) => ({ pack: p.id, problem }))).find((b) => `${b.pack}/${stem(b.problem.file)}` === id);
  if (broken) throw new UserError(broken.problem.message, { file: broken.problem.file, line: broken.problem.line, field: broken.problem.field });
  const known = packs.flatMap((p) => p.scenarios.map((s) => s.id));
  throw new UserError(`no scenario "${id}"; known scenarios: ${known.join(', ')}`, { field: 'scenario' }, 'NOT_FOUND');
}

function readPack(dir: string, id: string, builtIn: boolean, label: string): ScenarioPack {
  const problems: ProjectProblem[] = [];
  const packFile = join(dir, 'pack.yaml');
  let meta: z.infer<typeof packFileSchema> = { title: builtIn ? id : 'This project’s scenarios', description: '', audience: '' };
  if (existsSync(packFile)) {
    const read = readYaml(packFile, `${label}/pack.yaml`, packFileSchema);
    if (read.value) meta = read.value;
    else problems.push(...read.problems);
  }
  const files = meta.scenarios ?? readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f) && f !== 'pack.yaml').sort();
  const scenarios: ScenarioPack['scenarios'] = [];
  for (const file of files) {
    const read = readScenarioFile(join(dir, file), `${label}/${file}`);
    if (read.value) scenarios.push({ id: `${id}/${stem(file)}`, file, scenario: read.value });
    else problems.push(...read.problems);
  }
  return { id, title: meta.title, description: meta.description, audience: meta.audience, minutes: meta.minutes ?? null, builtIn, scenarios, problems };
}

function stem(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
}
