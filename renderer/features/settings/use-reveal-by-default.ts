import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { useProject } from '../project/project-context';

/**
 * Whether a view should start with identifiable values revealed: only when the open
 * project's `privacy.maskPreviews` is false. Null until the setting is known, so a view
 * never asks for values unmasked before it knows it may; masked when it cannot be read.
 * Read when the view mounts, so a change on the Settings page reaches the next view opened.
 */
export function useRevealByDefault(): boolean | null {
  const { project } = useProject();
  const path = project?.path ?? null;
  const state = useAsync(() => (path ? call('settings:get', {}) : Promise.resolve(null)), [path]);
  if (!path) return false;
  if (state.error !== undefined) return false;
  if (state.data === undefined) return null;
  return state.data !== null && !state.data.settings.privacy.maskPreviews;
}
