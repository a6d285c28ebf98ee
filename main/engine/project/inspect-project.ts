import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProjectProblem } from '../../../preload/contract';
import type { Catalog } from '../catalog/catalog';
import { loadTargetCatalog } from '../catalog/load-catalog';
import { UserError } from '../errors';
import type { FieldMapping } from '../mapping/contract-schema';
import { readCrosswalks, type Crosswalk } from '../mapping/crosswalks';
import { readContract } from '../mapping/read-contract';
import { gatesSchema } from '../quality/gates-schema';
import type { DeclaredRule } from '../quality/rule-definition';
import { rulesSchema } from '../quality/rules-schema';
import { checkDedup } from '../dedup/project/check-dedup';
import { dedupFileSchema, type DedupFile } from '../dedup/project/dedup-file';
import { readSourceTables, type SourceTable } from './source-tables';
import { crossCheck } from './cross-check';
import { PROJECT_FILES } from './project-files';
import { projectSchema, type ProjectConfig } from './project-schema';
import { readYaml } from './read-yaml';

/** A project read from disk: its configuration, catalog, contract and sources. */
export interface Project {
  dir: string;
  config: ProjectConfig;
  catalog: Catalog;
  mappings: FieldMapping[];
  crosswalks: Map<string, Crosswalk>;
  sourceTables: SourceTable[];
  /** The quality rules of `quality/rules.yaml` (none when the file is absent or broken). */
  rules: DeclaredRule[];
}

/** A project with every problem found while reading it. */
export interface Inspection {
  project: Project | null;
  problems: ProjectProblem[];
}

/**
 * Reads a project folder and collects every problem with its location instead of
 * stopping at the first. Only a missing folder or project.yaml is thrown.
 */
export async function inspectProject(dirArg: string): Promise<Inspection> {
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError('project folder not found', { file: dirArg });
  }
  if (!existsSync(join(dir, PROJECT_FILES.project))) {
    throw new UserError('not a Cutover project: project.yaml not found', { file: join(dirArg, PROJECT_FILES.project) });
  }
  const yaml = readYaml(join(dir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  if (yaml.value === null) return { project: null, problems: yaml.problems };
  const config = yaml.value;
  const problems: ProjectProblem[] = [];

  const { catalog, problems: catalogProblems } = loadTargetCatalog(dir, config.target);
  problems.push(...catalogProblems);
  const contract = readContract(join(dir, PROJECT_FILES.contract));
  const crosswalks = readCrosswalks(dir);
  const sources = await readSourceTables(dir, config);
  problems.push(...contract.problems, ...crosswalks.problems, ...sources.problems);
  let rules: DeclaredRule[] = [];
  if (existsSync(join(dir, PROJECT_FILES.rules))) {
    const read = readYaml(join(dir, PROJECT_FILES.rules), PROJECT_FILES.rules, rulesSchema);
    problems.push(...read.problems);
    rules = (read.value?.rules ?? []) as DeclaredRule[];
  }
  if (existsSync(join(dir, PROJECT_FILES.gates))) problems.push(...readYaml(join(dir, PROJECT_FILES.gates), PROJECT_FILES.gates, gatesSchema).problems);
  let dedup: DedupFile | null = null;
  if (existsSync(join(dir, PROJECT_FILES.dedup))) {
    const read = readYaml(join(dir, PROJECT_FILES.dedup), PROJECT_FILES.dedup, dedupFileSchema);
    problems.push(...read.problems);
    dedup = read.value;
  }
  const project: Project = {
    dir,
    config,
    catalog,
    mappings: contract.mappings,
    crosswalks: crosswalks.crosswalks,
    sourceTables: sources.tables,
    rules,
  };
  problems.push(...crossCheck(project), ...checkDedup(project, dedup));
  return { project, problems };
}

/** Reads a project and refuses it, listing every problem, if anything is wrong. */
export async function loadProject(dir: string): Promise<Project> {
  const { project, problems } = await inspectProject(dir);
  if (project && problems.length === 0) return project;
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  throw new UserError(`${first.message}${more}`, { file: first.file, line: first.line, field: first.field }, 'BAD_INPUT', problems);
}
