import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../preload/contract';
import { getCutoverApi } from './cutover-api';

/**
 * Calls `listener` for every event of one name while the component is mounted. The latest
 * listener is always used, so callers need not memoize it to avoid resubscribing.
 */
export function useEngineEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => getCutoverApi().on(event, (payload) => latest.current(payload)), [event]);
}
