import { listFolder } from '../../engine/files/list-folder';
import { UserError } from '../../engine/errors';
import type { Handler } from '../handler-types';

/** `files:list`: a folder's names, sizes and dates for the in-app path picker; the open project when no path is given. */
export const list: Handler<'files:list'> = (input, { session }) =>
  listFolder(input.path, { hidden: input.hidden, nearest: input.nearest, projectDir: session.project });

/** `files:pick`: answered by the desktop shell, which owns the native dialogs. */
export const pick: Handler<'files:pick'> = () => {
  throw new UserError('the native file dialog needs the desktop app; browse with the in-app picker instead', {}, 'BAD_INPUT');
};
