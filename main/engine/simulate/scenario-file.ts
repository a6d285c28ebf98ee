import { scenarioSchema, type Scenario } from '../../../preload/contract';
import { UserError } from '../errors';
import { readYaml, yamlLineOf } from '../project/read-yaml';
import { DEFECT_KINDS } from '../synth/defects';
import { TABLES } from '../synth/tables';
import type { YamlResult } from '../project/read-yaml';

/**
 * Checks a scenario given as data (from the app's editor or a file) and fills in the
 * defaults; the first problem is thrown as a UserError naming the field.
 */
export function parseScenario(input: unknown, label: string): Scenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, { file: label, field: issue.path.join('.') || undefined });
  }
  const problem = crossCheck(parsed.data);
  if (problem) throw new UserError(problem.message, { file: label, field: problem.field });
  return parsed.data;
}

/** Reads a scenario YAML file: the scenario, or its problems with file, line and field. */
export function readScenarioFile(file: string, label: string): YamlResult<Scenario> {
  const result = readYaml(file, label, scenarioSchema);
  if (result.value === null) return result;
  const problem = crossCheck(result.value);
  if (!problem) return result;
  return { value: null, problems: [{ file: label, line: yamlLineOf(file, problem.path), field: problem.field, message: problem.message }] };
}

/** What the schema cannot see: defect kinds and table names the generator knows. */
function crossCheck(scenario: Scenario): { field: string; path: (string | number)[]; message: string } | null {
  for (const kind of Object.keys(scenario.data.defectKinds ?? {})) {
    if (!(DEFECT_KINDS as readonly string[]).includes(kind)) {
      return { field: `data.defectKinds.${kind}`, path: ['data', 'defectKinds', kind], message: `unknown defect kind; known kinds: ${DEFECT_KINDS.join(', ')}` };
    }
  }
  const tables = TABLES.map((t) => t.name as string);
  for (const [i, rule] of scenario.failures.entries()) {
    const unknown = rule.tables?.find((t) => !tables.includes(t));
    if (unknown) {
      return { field: `failures.${i}.tables`, path: ['failures', i, 'tables'], message: `unknown table "${unknown}"; the synthetic source has ${tables.join(', ')}` };
    }
  }
  return null;
}
