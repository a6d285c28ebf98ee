import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import type { Scenario, ScenarioPack } from '../../../preload/contract';
import { PROJECT_PACK_ID, PROJECT_SCENARIOS_DIR } from './scenario-library';

/**
 * Writes a scenario to the project's simulation/ folder as `<name>.yaml`, replacing one
 * of that name, and lists it in the folder's pack.yaml when that file lists its scenarios.
 */
export function saveScenario(projectDir: string, name: string, scenario: Scenario): ScenarioPack['scenarios'][number] {
  const dir = join(projectDir, PROJECT_SCENARIOS_DIR);
  mkdirSync(dir, { recursive: true });
  const file = `${name}.yaml`;
  writeFileSync(join(dir, file), `# A Cutover Workbench simulation scenario (saved from the Simulation page).\n${stringify(scenario, { lineWidth: 100 })}`);
  const packFile = join(dir, 'pack.yaml');
  if (existsSync(packFile)) {
    const doc = parseDocument(readFileSync(packFile, 'utf8'));
    const list = doc.get('scenarios');
    if (isSeq(list) && !list.items.some((item) => String((item as { value?: unknown }).value ?? item) === file)) {
      list.add(doc.createNode(file));
      writeFileSync(packFile, doc.toString());
    }
  }
  return { id: `${PROJECT_PACK_ID}/${name}`, file, scenario };
}
