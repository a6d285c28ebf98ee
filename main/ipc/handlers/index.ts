import type { HandlerMap } from '../handler-types';
import * as app from './app';
import * as projects from './projects';
import * as runs from './runs';

/** Every channel's handler: the one registry the dispatcher wraps. */
export const handlers: HandlerMap = {
  'app:info': app.info,
  'projects:current': projects.current,
  'projects:open': projects.open,
  'projects:pick': projects.pick,
  'projects:create-demo': projects.createDemo,
  'projects:validate': projects.validate,
  'runs:start': runs.start,
  'runs:cancel': runs.cancel,
  'runs:list': runs.list,
  'runs:get': runs.get,
};
