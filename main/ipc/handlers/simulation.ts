import { loadProject } from '../../engine/project/inspect-project';
import { estimateRun } from '../../engine/simulate/estimate-run';
import { saveScenario } from '../../engine/simulate/save-scenario';
import { listPacks } from '../../engine/simulate/scenario-library';
import { simulate } from '../../engine/simulate/simulate';
import type { Handler } from '../handler-types';
import { noteChange } from './audit-note';

/** `simulation:packs`: the built-in workshop packs, then the open project's own scenarios. */
export const packs: Handler<'simulation:packs'> = (_input, { session }) => ({ packs: listPacks(session.project) });

/** `simulation:run`: the scenario rehearsed under each of its strategies. */
export const run: Handler<'simulation:run'> = (input) => simulate(input.scenario, 'scenario');

/** `simulation:save`: the scenario kept in the project's simulation/ folder. */
export const save: Handler<'simulation:save'> = (input, { session }) => {
  const dir = session.requireProject();
  const entry = saveScenario(dir, input.name, input.scenario);
  noteChange(dir, 'simulation.scenario-saved', entry.id, { name: input.scenario.name });
  return entry;
};

/** `simulation:estimate`: rows, time and a batch size for a real run of the open project. */
export const estimate: Handler<'simulation:estimate'> = async (_input, { session }) => estimateRun(await loadProject(session.requireProject()));
