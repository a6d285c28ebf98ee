import { useRef, useState } from 'react';
import { call } from '../../api/call';
import { useEngineEvent } from '../../api/use-engine-event';
import { applyProfileEvent, isScanning, startingScan, type ProfileScan } from './profile-progress';

/** The scan this page started, and the actions on it. */
export interface ProfileScanControl {
  scan: ProfileScan | null;
  start: (expectedTables: number) => Promise<void>;
  cancel: () => Promise<void>;
}

/**
 * Starts a profiling scan and follows it through `profile:event`. The engine answers the
 * id with (or just after) the first event, so events are taken while the id is unknown:
 * only one scan runs at a time.
 */
export function useProfileScan(): ProfileScanControl {
  const [scan, setScan] = useState<ProfileScan | null>(null);
  const current = useRef<ProfileScan | null>(null);
  current.current = scan;
  useEngineEvent('profile:event', (event) => {
    setScan((s) => (s && (isScanning(s) || s.profileId === event.profileId) ? applyProfileEvent(s, event) : s));
  });
  return {
    scan,
    start: async (expectedTables) => {
      setScan(startingScan(expectedTables));
      try {
        const { profileId } = await call('profile:start', {});
        setScan((s) => (s && s.profileId === null ? { ...s, profileId } : s));
      } catch (error) {
        setScan(null);
        throw error;
      }
    },
    cancel: async () => {
      const id = current.current?.profileId;
      if (id) await call('profile:cancel', { profileId: id });
    },
  };
}
