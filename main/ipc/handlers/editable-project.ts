import { UserError } from '../../engine/errors';
import type { HandlerContext } from '../handler-types';

/** The open project, for a handler about to change its files: refused while a run or a scan reads them. */
export function editableProject({ session }: HandlerContext): string {
  if (session.busy) throw new UserError('a run or a profiling scan is in progress; wait for it to finish or cancel it', {}, 'CONFLICT');
  return session.requireProject();
}
