import type { SettingsView } from '../../../preload/contract/settings-schemas';
import { defaultSettings, editSettings, readSettings, type SettingsRead } from '../../engine/project/edit-settings';
import { runStorePath } from '../../store/run-store';
import type { Handler } from '../handler-types';
import { noteChange } from './audit-note';
import { editableProject } from './editable-project';

/**
 * `settings:get`: the open project's settings as they take effect (defaults filled in),
 * which of them project.yaml sets, and where the project and its run store are. Read
 * afresh each time: project.yaml may have been edited by hand since.
 */
export const get: Handler<'settings:get'> = (_input, { session }) => {
  const dir = session.requireProject();
  return viewOf(dir, readSettings(dir));
};

/**
 * `settings:update`: changes some settings in project.yaml (comments kept), refused while
 * a run or a scan is in progress, and notes what changed, from what to what, in the audit
 * trail: a handed-over project's trail then says why it behaves as it does.
 */
export const update: Handler<'settings:update'> = (input, context) => {
  const dir = editableProject(context);
  const { read, changed } = editSettings(dir, input);
  if (changed.length > 0) noteChange(dir, 'settings.changed', 'project.yaml', { changes: changed });
  return viewOf(dir, read);
};

function viewOf(dir: string, read: SettingsRead): SettingsView {
  return { settings: read.settings, defaults: defaultSettings(), setInFile: read.setInFile, projectPath: dir, runStorePath: runStorePath(dir) };
}
