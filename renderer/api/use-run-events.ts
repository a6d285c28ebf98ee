import { useEffect, useRef } from 'react';
import type { RunEvent } from '../../preload/contract';
import { getCutoverApi } from './cutover-api';

/**
 * Calls `listener` for every `run:event` while the component is mounted. The latest
 * listener is always used, so callers need not memoize it to avoid resubscribing.
 */
export function useRunEvents(listener: (event: RunEvent) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => getCutoverApi().on('run:event', (event) => latest.current(event)), []);
}
