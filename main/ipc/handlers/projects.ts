import { resolve } from 'node:path';
import { UserError } from '../../engine/errors';
import { initProject } from '../../engine/project/init-project';
import { inspectProject } from '../../engine/project/inspect-project';
import type { HandlerContext, Handler } from '../handler-types';
import { summarize } from './project-summary';

async function openAt(dir: string, context: HandlerContext) {
  if (context.session.busy) throw new UserError('a run or a profiling scan is in progress; wait for it to finish or cancel it', {}, 'CONFLICT');
  const summary = summarize(dir, await inspectProject(dir));
  context.session.open(resolve(dir));
  return summary;
}

/** `projects:current`: the open project, or null. */
export const current: Handler<'projects:current'> = async (_input, { session }) => {
  const dir = session.project;
  return dir ? summarize(dir, await inspectProject(dir)) : null;
};

/** `projects:open`: opens a project folder. */
export const open: Handler<'projects:open'> = (input, context) => openAt(input.path, context);

/** `projects:pick`: answered by the desktop shell, which owns the folder dialog. */
export const pick: Handler<'projects:pick'> = () => {
  throw new UserError('choosing a folder needs the desktop app; type the folder path instead', {}, 'BAD_INPUT');
};

/** `projects:create-demo`: creates the demo project in a new folder and opens it. */
export const createDemo: Handler<'projects:create-demo'> = async (input, context) => {
  const { dir } = await initProject(input.path, { template: 'demo', patients: input.patients, seed: input.seed });
  return openAt(dir, context);
};

/** `projects:validate`: every problem of the open project. */
export const validate: Handler<'projects:validate'> = async (_input, { session }) => {
  const { problems } = await inspectProject(session.requireProject());
  return { problems };
};
