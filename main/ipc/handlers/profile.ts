import { isUserError, UserError } from '../../engine/errors';
import { maskedProfile } from '../../engine/preview/masked-profile';
import { newProfileId, profileProject } from '../../engine/profile/profile-project';
import { ProfileStore } from '../../store/profile-store';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';
import { resolveSourceRef } from './source-ref';

/**
 * `profile:start`: profiles the chosen tables (all of one source, or all sources) in the
 * background and answers the scan's id at once; progress streams as `profile:event`,
 * throttled by the engine to ~10/s, and a scan that cannot run (a table name that matches
 * nothing, an unreadable file) ends with a `failed` event naming the file and line. The
 * scan is tracked in the session like a run, so it can be cancelled and nothing changes
 * the project under it.
 */
export const start: Handler<'profile:start'> = async (input, { session, emit }) => {
  if (session.busy) throw new UserError('a run or a profiling scan is already in progress', {}, 'CONFLICT');
  const dir = session.requireProject();
  // An unknown source is refused here rather than as a failed scan: it is the caller's slip.
  if (input.sourceId) resolveSourceRef({ sourceId: input.sourceId }, session);
  const profileId = newProfileId();
  const signal = session.track(profileId);
  const { sourceId, tables } = input;
  void profileProject(dir, { profileId, sourceId, tables, signal, onEvent: (event) => emit('profile:event', event) })
    .catch((error: unknown) => {
      // The failure was stored and sent as a `failed` event; only errors that are not the
      // user's are worth a line on stderr, and never with row values.
      if (!isUserError(error)) console.error(`profile ${profileId} failed: ${(error as Error).message}`);
    })
    .finally(() => session.untrack(profileId));
  return { profileId };
};

/** `profile:cancel`: asks a scan in flight to stop after its current batch. */
export const cancel: Handler<'profile:cancel'> = (input, { session }) => ({ cancelled: session.cancel(input.profileId) });

/**
 * `profile:get`: a stored profile by id, or the newest (null when there is none). The top
 * values of identifying columns are masked unless `reveal` is set.
 */
export const get: Handler<'profile:get'> = (input, { session }) => {
  const store = RunStore.open(session.requireProject());
  try {
    const profiles = new ProfileStore(store.db);
    const profile = input.profileId ? profiles.getProfile(input.profileId) : profiles.latestProfile();
    if (!profile) return null;
    return input.reveal ? profile : maskedProfile(profile);
  } finally {
    store.close();
  }
};
